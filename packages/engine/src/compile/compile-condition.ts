import type {
  AnyBlock,
  BlockUse,
  CompileEnv,
  ConditionBlock,
  ConditionEvaluator,
  ConditionNode,
  EvaluationView,
  Reason,
} from '../types/index.js';
import type { CompiledCondition, ConditionResult } from './compiled.js';

/**
 * Compiles a condition tree into one closure. `all` reports its first failing child (document
 * order); `any` passes on its first passing child and otherwise reports every child's reason;
 * `not` inverts. Lines qualified by the children of an `all` are intersected.
 */
export function compileCondition(
  node: ConditionNode,
  path: string,
  blocks: ReadonlyMap<string, AnyBlock>,
  env: CompileEnv,
): CompiledCondition {
  if ('block' in node) return compileLeaf(node, path, blocks, env);
  if ('all' in node) {
    const children = node.all.map((child, i) =>
      compileCondition(child, `${path}/all/${i}`, blocks, env),
    );
    return (view) => evaluateAll(children, view);
  }
  if ('any' in node) {
    const children = node.any.map((child, i) =>
      compileCondition(child, `${path}/any/${i}`, blocks, env),
    );
    return (view) => evaluateAny(children, view, path);
  }
  const inner = compileCondition(node.not, `${path}/not`, blocks, env);

  return (view) => evaluateNot(inner, view, path);
}

function compileLeaf(
  use: BlockUse,
  path: string,
  blocks: ReadonlyMap<string, AnyBlock>,
  env: CompileEnv,
): CompiledCondition {
  const block = blocks.get(use.block) as ConditionBlock<unknown>;
  const evaluate: ConditionEvaluator = block.compile(use.params, env);

  return (view) => {
    const outcome = evaluate(view);
    const result: ConditionResult = {
      passed: outcome.passed,
      couponsUsed: outcome.couponsUsed ?? [],
    };
    if (outcome.matchedLines) result.matchedLines = outcome.matchedLines;
    if (outcome.expiresAtMs !== undefined) result.expiresAtMs = outcome.expiresAtMs;
    if (!outcome.passed) {
      const reason: Reason = {
        path,
        block: use.block,
        message: outcome.message ?? block.label,
      };
      if (outcome.expected !== undefined) reason.expected = outcome.expected;
      if (outcome.actual !== undefined) reason.actual = outcome.actual;
      result.reason = reason;
    }
    return result;
  };
}

function evaluateAll(children: CompiledCondition[], view: EvaluationView): ConditionResult {
  let matched: string[] | undefined;
  const coupons: string[] = [];
  let expiresAtMs: number | undefined;
  for (const child of children) {
    const result = child(view);
    if (!result.passed) return result;
    if (result.matchedLines) {
      const narrowed = new Set(result.matchedLines);
      matched = matched ? matched.filter((id) => narrowed.has(id)) : result.matchedLines;
    }
    coupons.push(...result.couponsUsed);
    expiresAtMs = earliest(expiresAtMs, result.expiresAtMs);
  }
  const result: ConditionResult = { passed: true, couponsUsed: coupons };
  if (matched) result.matchedLines = matched;
  if (expiresAtMs !== undefined) result.expiresAtMs = expiresAtMs;

  return result;
}

function evaluateAny(
  children: CompiledCondition[],
  view: EvaluationView,
  path: string,
): ConditionResult {
  const reasons: Reason[] = [];
  for (const child of children) {
    const result = child(view);
    if (result.passed) return result;
    if (result.reason) reasons.push(result.reason);
  }

  return {
    passed: false,
    couponsUsed: [],
    reason: {
      path,
      message: {
        'zh-CN': `${children.length} 个条件都不满足`,
        en: `none of the ${children.length} alternatives holds`,
      },
      children: reasons,
    },
  };
}

function evaluateNot(inner: CompiledCondition, view: EvaluationView, path: string) {
  const result = inner(view);
  if (!result.passed) return { passed: true, couponsUsed: [] } satisfies ConditionResult;

  return {
    passed: false,
    couponsUsed: [],
    reason: {
      path,
      message: { 'zh-CN': '排除的条件成立了', en: 'an excluded condition holds' },
    },
  } satisfies ConditionResult;
}

function earliest(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;

  return Math.min(a, b);
}
