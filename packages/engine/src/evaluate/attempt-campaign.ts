import type { CompiledRule, ConditionResult } from '../compile/compiled.js';
import type { AppliedBenefit, Stage } from '../types/index.js';
import { applyRule, previewRule, type DeferredBenefit } from './apply-rule.js';
import type { CampaignTrack, PendingRuleOutcome } from './campaign-track.js';
import { compareOffers } from './compare-offers.js';
import type { OrderState } from './order-state.js';

const ALWAYS: ConditionResult = { passed: true, couponsUsed: [] };

/** What a campaign did in one stage; its changes are in the state until rolled back. */
export interface CampaignAttempt {
  value: number;
  expiresAtMs?: number;
  benefits: AppliedBenefit[];
  deferred: DeferredBenefit[];
  outcomes: PendingRuleOutcome[];
}

/**
 * Applies the rules of a campaign that start in `stage`, on the state itself: the caller marks
 * the state before and rolls back when the attempt must not stand. With `all`, the rules apply
 * one after another, each on the amount the previous left; with `best`, each rule that holds is
 * valued without a lasting change, and only the one worth most is applied.
 */
export function attemptCampaign(
  track: CampaignTrack,
  stage: Stage,
  state: OrderState,
): CampaignAttempt {
  const rules = track.campaign.rulesAt(track.active?.phase, stage);
  const ref = { id: track.campaign.id, version: track.campaign.version };
  state.local = track.local;

  if (track.campaign.selection === 'best') return attemptBest(rules, state, ref, stage);

  const attempt: CampaignAttempt = { value: 0, benefits: [], deferred: [], outcomes: [] };
  for (const rule of rules) {
    const condition = rule.condition ? rule.condition(state) : ALWAYS;
    if (!condition.passed) {
      attempt.outcomes.push(outcome(rule, 'not-met', condition));
      continue;
    }
    const applied = applyRule(rule, condition, state, ref, stage);
    if (applied.none) {
      attempt.outcomes.push({ ...outcome(rule, 'not-met'), reason: applied.none });
      continue;
    }
    const waiting = applied.benefits.length === 0 ? applied.firstNone : undefined;
    attempt.outcomes.push({
      ...outcome(rule, 'applied'),
      value: applied.value,
      ...(waiting && { reason: waiting }),
    });
    attempt.benefits.push(...applied.benefits);
    attempt.deferred.push(...applied.deferred);
    attempt.value += applied.value;
    attempt.expiresAtMs = earliest(attempt.expiresAtMs, condition.expiresAtMs);
  }

  return attempt;
}

interface Candidate {
  rule: CompiledRule;
  condition: ConditionResult;
  value: number;
}

function attemptBest(
  rules: readonly CompiledRule[],
  state: OrderState,
  ref: { id: string; version: number },
  stage: Stage,
): CampaignAttempt {
  const outcomes = new Map<string, PendingRuleOutcome>();
  const candidates: Candidate[] = [];
  for (const rule of rules) {
    const condition = rule.condition ? rule.condition(state) : ALWAYS;
    if (!condition.passed) {
      outcomes.set(rule.id, outcome(rule, 'not-met', condition));
      continue;
    }
    const preview = previewRule(rule, condition, state, ref, stage);
    if ('none' in preview) {
      outcomes.set(rule.id, { ...outcome(rule, 'not-met'), reason: preview.none });
      continue;
    }
    outcomes.set(rule.id, { ...outcome(rule, 'applied'), value: preview.value });
    candidates.push({ rule, condition, value: preview.value });
  }

  const winner = pickBest(candidates);
  const ordered = rules.map((rule) => outcomes.get(rule.id) as PendingRuleOutcome);
  if (!winner) return { value: 0, benefits: [], deferred: [], outcomes: ordered };
  for (const [index, rule] of rules.entries()) {
    const lost = ordered[index];
    if (lost?.status === 'applied' && rule !== winner.rule) {
      ordered[index] = { ...lost, status: 'lost', lostTo: winner.rule.id };
    }
  }

  // Applied again for real: blocks are pure, so this gives what the trial gave.
  const applied = applyRule(winner.rule, winner.condition, state, ref, stage);
  const attempt: CampaignAttempt = {
    value: applied.value,
    benefits: applied.benefits,
    deferred: applied.deferred,
    outcomes: ordered,
  };
  if (winner.condition.expiresAtMs !== undefined) {
    attempt.expiresAtMs = winner.condition.expiresAtMs;
  }

  return attempt;
}

function pickBest(candidates: Candidate[]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const candidate of candidates) {
    const better =
      !best ||
      compareOffers(
        {
          value: candidate.value,
          expiresAtMs: candidate.condition.expiresAtMs,
          id: candidate.rule.id,
        },
        { value: best.value, expiresAtMs: best.condition.expiresAtMs, id: best.rule.id },
      ) < 0;
    if (better) best = candidate;
  }

  return best;
}

function outcome(
  rule: CompiledRule,
  status: PendingRuleOutcome['status'],
  condition?: ConditionResult,
): PendingRuleOutcome {
  const result: PendingRuleOutcome = { ruleId: rule.id, status };
  if (rule.name) result.name = rule.name;
  if (condition?.reason) result.reason = condition.reason;

  return result;
}

function earliest(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;

  return Math.min(a, b);
}
