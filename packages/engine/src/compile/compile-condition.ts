import { blockReason, resolveReason, type LazyReason } from '../evaluate/lazy-reason.js';
import type {
  AnyBlock,
  BlockUse,
  CompileEnv,
  ConditionBlock,
  ConditionEvaluator,
  ConditionNode,
  EvaluationView,
} from '../types/index.js';
import type { CompiledCondition, ConditionResult } from './compiled.js';

const NO_COUPONS: readonly string[] = Object.freeze([]);
/** The result of a condition that held without narrowing lines or using coupons: shared. */
const HELD: ConditionResult = Object.freeze({ passed: true, couponsUsed: NO_COUPONS });

/**
 * A rule's condition tree as one closure, and its first condition apart when that one reads
 * only the customer's tier (see `CompiledRule.tierGate`).
 */
export function compileRuleCondition(
  node: ConditionNode,
  path: string,
  blocks: ReadonlyMap<string, AnyBlock>,
  env: CompileEnv,
): { condition: CompiledCondition; tierGate?: CompiledCondition } {
  if ('block' in node) {
    const condition = compileLeaf(node, path, blocks, env);
    return readsOnlyTier(node, blocks) ? { condition, tierGate: condition } : { condition };
  }
  if (!('all' in node)) return { condition: compileCondition(node, path, blocks, env) };

  const children = compileChildren(node.all, `${path}/all`, blocks, env);
  const condition: CompiledCondition = (view) => evaluateAll(children, view);
  const first = node.all[0];
  const gated = first !== undefined && 'block' in first && readsOnlyTier(first, blocks);

  return gated && children[0] ? { condition, tierGate: children[0] } : { condition };
}

function readsOnlyTier(use: BlockUse, blocks: ReadonlyMap<string, AnyBlock>): boolean {
  const block = blocks.get(use.block);
  return block?.kind === 'condition' && block.dependsOn === 'customer-tier';
}

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
    const children = compileChildren(node.all, `${path}/all`, blocks, env);
    return (view) => evaluateAll(children, view);
  }
  if ('any' in node) {
    const children = compileChildren(node.any, `${path}/any`, blocks, env);
    return (view) => evaluateAny(children, view, path);
  }
  const inner = compileCondition(node.not, `${path}/not`, blocks, env);

  return (view) => evaluateNot(inner, view, path);
}

function compileChildren(
  nodes: ConditionNode[],
  path: string,
  blocks: ReadonlyMap<string, AnyBlock>,
  env: CompileEnv,
): CompiledCondition[] {
  return nodes.map((child, i) => compileCondition(child, `${path}/${i}`, blocks, env));
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
    if (!outcome.passed) {
      return {
        passed: false,
        couponsUsed: NO_COUPONS,
        reason: blockReason(path, use.block, outcome, block.label),
      };
    }
    const { matchedLines, couponsUsed, expiresAtMs } = outcome;
    if (!matchedLines && !couponsUsed && expiresAtMs === undefined) return HELD;
    const result: ConditionResult = { passed: true, couponsUsed: couponsUsed ?? NO_COUPONS };
    if (matchedLines) result.matchedLines = matchedLines;
    if (expiresAtMs !== undefined) result.expiresAtMs = expiresAtMs;

    return result;
  };
}

function evaluateAll(children: CompiledCondition[], view: EvaluationView): ConditionResult {
  let matched: readonly string[] | undefined;
  let coupons: string[] | undefined;
  let expiresAtMs: number | undefined;
  let only: ConditionResult | undefined;
  let count = 0;
  for (const child of children) {
    const result = child(view);
    if (!result.passed) return result;
    if (result === HELD) continue;
    only = result;
    count += 1;
    if (result.matchedLines) {
      matched = matched ? intersect(view, matched, result.matchedLines) : result.matchedLines;
    }
    if (result.couponsUsed.length > 0) (coupons ??= []).push(...result.couponsUsed);
    expiresAtMs = earliest(expiresAtMs, result.expiresAtMs);
  }
  // Nothing to combine: the one child that said more than "held" says it for the group.
  if (count === 0) return HELD;
  if (count === 1 && only) return only;
  const result: ConditionResult = { passed: true, couponsUsed: coupons ?? NO_COUPONS };
  if (matched) result.matchedLines = matched;
  if (expiresAtMs !== undefined) result.expiresAtMs = expiresAtMs;

  return result;
}

/** Ids of `a` that are also in `b`, in the order of `a`; marks by line index, no Set. */
function intersect(
  view: EvaluationView,
  a: readonly string[],
  b: readonly string[],
): readonly string[] {
  if (a === b) return a;
  const member = new Uint8Array(view.lines.length);
  for (const id of b) {
    const line = view.line(id);
    if (line) member[line.index] = 1;
  }

  return a.filter((id) => {
    const line = view.line(id);
    return line !== undefined && member[line.index] === 1;
  });
}

function evaluateAny(
  children: CompiledCondition[],
  view: EvaluationView,
  path: string,
): ConditionResult {
  const reasons: LazyReason[] = [];
  for (const child of children) {
    const result = child(view);
    if (result.passed) return result;
    if (result.reason) reasons.push(result.reason);
  }

  return {
    passed: false,
    couponsUsed: NO_COUPONS,
    reason: () => ({
      path,
      message: {
        'zh-CN': `${children.length} 个条件都不满足`,
        en: `none of the ${children.length} alternatives holds`,
      },
      children: reasons.map(resolveReason),
    }),
  };
}

function evaluateNot(inner: CompiledCondition, view: EvaluationView, path: string) {
  const result = inner(view);
  if (!result.passed) return HELD;

  return {
    passed: false,
    couponsUsed: NO_COUPONS,
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
