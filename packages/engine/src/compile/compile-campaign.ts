import { resolveWindow } from '../time/index.js';
import {
  DEFAULT_PRIORITY,
  DEFAULT_TIMEZONE,
  STAGES,
  STAGE_INDEX,
  type AnyBlock,
  type BenefitBlock,
  type CampaignDocument,
  type CompileEnv,
  type LimitBlock,
  type Rule,
} from '../types/index.js';
import type { CompiledBenefit, CompiledCampaign, CompiledLimit, CompiledRule } from './compiled.js';
import { compileRuleCondition } from './compile-condition.js';

/**
 * Turns a valid campaign document into closures: each block's compile function runs once
 * here, never per evaluation. The document must have passed validation.
 */
export function compileCampaign(
  document: CampaignDocument,
  blocks: ReadonlyMap<string, AnyBlock>,
): CompiledCampaign {
  const timezone = document.timezone ?? DEFAULT_TIMEZONE;
  const env: CompileEnv = { campaignId: document.id, timezone };
  const rules = (list: Rule[], path: string) =>
    list.map((rule, index) => compileRule(rule, index, `${path}/${index}`, blocks, env));

  const compiled: Omit<CompiledCampaign, 'rulesAt'> = {
    document,
    id: document.id,
    version: document.version,
    name: document.name,
    timezone,
    priority: document.stacking?.priority ?? DEFAULT_PRIORITY,
    selection: document.ruleSelection ?? 'all',
    rules: document.rules ? rules(document.rules, '/rules') : [],
    ...(document.stacking?.exclusiveGroup && {
      exclusiveGroup: document.stacking.exclusiveGroup,
    }),
    ...(document.scope && { scope: document.scope }),
    ...(document.window && {
      window: { raw: document.window, resolved: resolveWindow(document.window, timezone) },
    }),
    ...(document.phases && {
      phases: document.phases.map((phase, index) => ({
        id: phase.id,
        ...(phase.name && { name: phase.name }),
        window: phase.window,
        resolved: resolveWindow(phase.window, timezone),
        rules: rules(phase.rules, `/phases/${index}/rules`),
      })),
    }),
    ...(document.limits?.length && { limits: compileLimits(document, blocks, env) }),
  };

  // Rules by stage, per phase, looked up on every evaluation: arrays indexed by stage.
  const bucket = (list: CompiledRule[]) =>
    STAGES.map((stage) => list.filter((rule) => rule.firstStage === stage));
  const unphased = bucket(compiled.rules);
  const byPhase = new Map((compiled.phases ?? []).map((phase) => [phase.id, bucket(phase.rules)]));
  const none: readonly CompiledRule[] = [];

  return {
    ...compiled,
    rulesAt: (phase, stage) =>
      (phase === undefined ? unphased : byPhase.get(phase))?.[STAGE_INDEX[stage]] ?? none,
  };
}

function compileRule(
  rule: Rule,
  index: number,
  path: string,
  blocks: ReadonlyMap<string, AnyBlock>,
  env: CompileEnv,
): CompiledRule {
  const benefits = rule.then.map((use, index): CompiledBenefit => {
    const block = blocks.get(use.block) as BenefitBlock<unknown>;
    return {
      block: use.block,
      path: `${path}/then/${index}`,
      stage: block.stage,
      label: block.label,
      evaluate: block.compile(use.params, env),
    };
  });
  const firstStage =
    STAGES.find((stage) => benefits.some((benefit) => benefit.stage === stage)) ?? 'reward';

  return {
    id: rule.id,
    index,
    path,
    benefits,
    firstStage,
    ...(rule.name && { name: rule.name }),
    ...(rule.when && compileRuleCondition(rule.when, `${path}/when`, blocks, env)),
  };
}

function compileLimits(
  document: CampaignDocument,
  blocks: ReadonlyMap<string, AnyBlock>,
  env: CompileEnv,
): CompiledLimit[] {
  return (document.limits ?? []).map((use, index) => {
    const block = blocks.get(use.block) as LimitBlock<unknown>;
    return {
      block: use.block,
      path: `/limits/${index}`,
      label: block.label,
      evaluate: block.compile(use.params, env),
    };
  });
}
