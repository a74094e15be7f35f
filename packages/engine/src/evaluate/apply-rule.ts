import type { CompiledBenefit, CompiledRule, ConditionResult } from '../compile/compiled.js';
import type {
  AppliedBenefit,
  BenefitNone,
  BenefitNoneExplained,
  BenefitProposal,
  Stage,
} from '../types/index.js';
import { applyProposal, valueOfProposal } from './apply-proposal.js';
import { blockReason, type LazyReason } from './lazy-reason.js';
import type { Mark } from './order-state.js';
import type { OrderState } from './order-state.js';

/** A benefit of an applied rule that runs in a later stage, on the running amount then. */
export interface DeferredBenefit {
  rule: CompiledRule;
  benefit: CompiledBenefit;
  lineIds: readonly string[];
}

/** Shared by every application that defers nothing (nearly all): never written to. */
export const NO_DEFERRED: readonly DeferredBenefit[] = Object.freeze([]);

export interface RuleApplication {
  benefits: AppliedBenefit[];
  deferred: readonly DeferredBenefit[];
  /** Money given, plus the value of rewards that have one. */
  value: number;
  /** Set when nothing was given and nothing is deferred: the first benefit's reason. */
  none?: LazyReason;
  /** The first reason a benefit of this stage gave for giving nothing. */
  firstNone?: LazyReason;
}

export interface CampaignRef {
  id: string;
  version: number;
}

/** What a preview found: the rule's value, and the one benefit's proposal when it had one. */
export interface RulePreview {
  value: number;
  none?: LazyReason;
  /** The proposal of the rule's only benefit in the stage, made on the state as it still is. */
  known?: { benefit: CompiledBenefit; proposal: BenefitProposal };
}

/**
 * Applies the benefits of a rule whose conditions held, those of `stage` now and the later
 * ones deferred. A benefit that finds nothing to give, or whose money clamps to zero, gives
 * nothing and says why. `known` is a preview's proposal, applied as it is rather than asked
 * for again (blocks are pure, and the state is as it was when the preview made it).
 */
export function applyRule(
  rule: CompiledRule,
  condition: ConditionResult,
  state: OrderState,
  campaign: CampaignRef,
  stage: Stage,
  known?: RulePreview['known'],
): RuleApplication {
  const lineIds = condition.matchedLines ?? state.allLineIds;
  const application: RuleApplication = { benefits: [], deferred: NO_DEFERRED, value: 0 };
  let deferred: DeferredBenefit[] | undefined;
  let firstNone: LazyReason | undefined;
  for (const benefit of rule.benefits) {
    if (benefit.stage !== stage) {
      (deferred ??= []).push({ rule, benefit, lineIds });
      continue;
    }
    const proposal = benefit === known?.benefit ? known.proposal : undefined;
    const given = applyBenefit(benefit, rule.id, lineIds, state, campaign, proposal);
    if ('none' in given) firstNone ??= given.none;
    else {
      application.benefits.push(given.applied);
      application.value += given.applied.amount + (given.applied.reward?.value ?? 0);
    }
  }

  if (deferred) application.deferred = deferred;
  const first = application.benefits[0];
  if (first && condition.couponsUsed.length > 0) {
    first.couponsUsed = [...condition.couponsUsed];
    for (const id of condition.couponsUsed) state.useCoupon(id);
  }
  if (firstNone) {
    application.firstNone = firstNone;
    if (application.benefits.length === 0 && application.deferred.length === 0) {
      application.none = firstNone;
    }
  }

  return application;
}

/**
 * What a rule whose conditions held would be worth in `stage`, without leaving a change: a
 * rule with one benefit in the stage is valued from its proposal alone; a rule with several
 * (each sees what the one before it did) is applied and rolled back.
 */
export function previewRule(
  rule: CompiledRule,
  condition: ConditionResult,
  state: OrderState,
  campaign: CampaignRef,
  stage: Stage,
): RulePreview {
  const only = onlyBenefitAt(rule, stage);
  if (!only) {
    const mark: Mark = state.mark();
    const applied = applyRule(rule, condition, state, campaign, stage);
    state.rollback(mark);
    return applied.none ? { value: 0, none: applied.none } : { value: applied.value };
  }

  const lineIds = condition.matchedLines ?? state.allLineIds;
  const proposal = only.evaluate({ view: state, lineIds });
  if ('none' in proposal) return { value: 0, none: noneReason(only, proposal) };
  const value = valueOfProposal(state, proposal);
  if (value === 0 && proposal.stage !== 'reward') return { value: 0, none: nothingLeft(only) };

  return { value, known: { benefit: only, proposal } };
}

/** The rule's one benefit in `stage`, or undefined when it has none there or several. */
function onlyBenefitAt(rule: CompiledRule, stage: Stage): CompiledBenefit | undefined {
  let only: CompiledBenefit | undefined;
  for (const benefit of rule.benefits) {
    if (benefit.stage !== stage) continue;
    if (only) return undefined;
    only = benefit;
  }

  return only;
}

/** Runs one benefit on the state; the deferred ones call this in their own stage. */
export function applyBenefit(
  benefit: CompiledBenefit,
  ruleId: string,
  lineIds: readonly string[],
  state: OrderState,
  campaign: CampaignRef,
  known?: BenefitProposal,
): { applied: AppliedBenefit } | { none: LazyReason } {
  const proposal = known ?? benefit.evaluate({ view: state, lineIds });
  if ('none' in proposal) return { none: noneReason(benefit, proposal) };
  if (proposal.stage !== benefit.stage) {
    throw new Error(
      `block ${benefit.block} runs in the ${benefit.stage} stage but proposed a ` +
        `${proposal.stage} benefit`,
    );
  }

  const money = applyProposal(state, proposal);
  if (proposal.stage !== 'reward' && money.amount === 0) return { none: nothingLeft(benefit) };
  const applied: AppliedBenefit = {
    campaignId: campaign.id,
    campaignVersion: campaign.version,
    ruleId,
    block: benefit.block,
    path: benefit.path,
    stage: benefit.stage,
    label: benefit.label,
    amount: money.amount,
    lines: money.lines,
  };
  if (proposal.stage === 'tender') {
    applied.instruments = proposal.instruments;
    for (const instrument of proposal.instruments) state.useInstrument(instrument.id);
  }
  if (proposal.stage === 'reward') applied.reward = proposal.reward;

  return { applied };
}

function nothingLeft(benefit: CompiledBenefit): LazyReason {
  return {
    path: benefit.path,
    block: benefit.block,
    message: { 'zh-CN': '没有可减的金额了', en: 'nothing is left to reduce' },
  };
}

function noneReason(
  benefit: CompiledBenefit,
  none: BenefitNone | BenefitNoneExplained,
): LazyReason {
  return blockReason(benefit.path, benefit.block, none, benefit.label);
}
