import type { CompiledRule, ConditionResult } from '../compile/compiled.js';
import type { AppliedBenefit, Stage } from '../types/index.js';
import {
  NO_DEFERRED,
  applyRule,
  previewRule,
  type DeferredBenefit,
  type RulePreview,
} from './apply-rule.js';
import { recordOf, type CampaignTrack } from './campaign-track.js';
import { compareOffers } from './compare-offers.js';
import type { OrderState } from './order-state.js';

const ALWAYS: ConditionResult = Object.freeze({ passed: true, couponsUsed: [] });

/**
 * What a campaign did in one stage; its changes are in the state until rolled back, and what
 * each rule did is in the track's rule records.
 */
export interface CampaignAttempt {
  value: number;
  expiresAtMs?: number;
  benefits: readonly AppliedBenefit[];
  deferred: readonly DeferredBenefit[];
}

/** Shared by every attempt that gives nothing (most of them): never written to. */
const NO_BENEFITS: readonly AppliedBenefit[] = Object.freeze([]);

/**
 * Applies `rules`, the rules of a campaign that start in `stage`, on the state itself: the caller
 * marks the state before and rolls back when the attempt must not stand. With `all`, the rules
 * apply one after another, each on the amount the previous left; with `best`, each rule that holds
 * is valued without a lasting change, and only the one worth most is applied. A rule that fails its
 * tier gate for the bucket's tier is not run at all.
 */
export function attemptCampaign(
  track: CampaignTrack,
  rules: readonly CompiledRule[],
  stage: Stage,
  state: OrderState,
): CampaignAttempt {
  state.local = track.local;

  if (track.campaign.selection === 'best') return attemptBest(track, rules, state, stage);

  const attempt: CampaignAttempt = { value: 0, benefits: NO_BENEFITS, deferred: NO_DEFERRED };
  const gates = track.entry.gates;
  for (const rule of rules) {
    const record = recordOf(track, rule.index);
    if (gates?.[rule.index]) {
      record.gated = true;
      continue;
    }
    const condition = rule.condition ? rule.condition(state) : ALWAYS;
    if (!condition.passed) {
      record.reason = condition.reason;
      continue;
    }
    const applied = applyRule(rule, condition, state, track.campaign, stage);
    if (applied.none) {
      record.reason = applied.none;
      continue;
    }
    record.status = 'applied';
    record.value = applied.value;
    // It held but this stage gave nothing yet (its benefits wait for a later stage).
    if (applied.benefits.length === 0) record.reason = applied.firstNone;
    attempt.benefits = joined(attempt.benefits, applied.benefits);
    attempt.deferred = joined(attempt.deferred, applied.deferred);
    attempt.value += applied.value;
    attempt.expiresAtMs = earliest(attempt.expiresAtMs, condition.expiresAtMs);
  }

  return attempt;
}

function attemptBest(
  track: CampaignTrack,
  rules: readonly CompiledRule[],
  state: OrderState,
  stage: Stage,
): CampaignAttempt {
  const gates = track.entry.gates;
  let winner: CompiledRule | undefined;
  let winnerCondition: ConditionResult | undefined;
  let winnerValue = 0;
  let winnerKnown: RulePreview['known'];
  for (const rule of rules) {
    const record = recordOf(track, rule.index);
    if (gates?.[rule.index]) {
      record.gated = true;
      continue;
    }
    const condition = rule.condition ? rule.condition(state) : ALWAYS;
    if (!condition.passed) {
      record.reason = condition.reason;
      continue;
    }
    const preview = previewRule(rule, condition, state, track.campaign, stage);
    if (preview.none) {
      record.reason = preview.none;
      continue;
    }
    record.status = 'applied';
    record.value = preview.value;
    const better =
      !winner ||
      compareOffers(
        { value: preview.value, expiresAtMs: condition.expiresAtMs, id: rule.id },
        { value: winnerValue, expiresAtMs: winnerCondition?.expiresAtMs, id: winner.id },
      ) < 0;
    if (better) {
      winner = rule;
      winnerCondition = condition;
      winnerValue = preview.value;
      winnerKnown = preview.known;
    }
  }

  if (!winner || !winnerCondition) {
    return { value: 0, benefits: NO_BENEFITS, deferred: NO_DEFERRED };
  }
  for (const rule of rules) {
    const record = track.rules[rule.index];
    if (record?.status === 'applied' && rule !== winner) {
      record.status = 'lost';
      record.lostTo = winner.id;
    }
  }

  // Applied for real from the preview's proposal: previews leave the state as they found it.
  const applied = applyRule(winner, winnerCondition, state, track.campaign, stage, winnerKnown);
  const attempt: CampaignAttempt = {
    value: applied.value,
    benefits: applied.benefits,
    deferred: applied.deferred,
  };
  if (winnerCondition.expiresAtMs !== undefined) {
    attempt.expiresAtMs = winnerCondition.expiresAtMs;
  }

  return attempt;
}

/** The two lists as one, without a copy when either is empty (lists are never written to). */
export function joined<T>(a: readonly T[], b: readonly T[]): readonly T[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;

  return [...a, ...b];
}

function earliest(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;

  return Math.min(a, b);
}
