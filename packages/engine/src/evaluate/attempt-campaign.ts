import type { CompiledRule, ConditionResult } from '../compile/compiled.js';
import type { AppliedBenefit, RuleOutcome, Stage } from '../types/index.js';
import { applyRule, type DeferredBenefit } from './apply-rule.js';
import type { CampaignTrack } from './campaign-track.js';
import { compareOffers } from './compare-offers.js';
import type { OrderState } from './order-state.js';

const ALWAYS: ConditionResult = { passed: true, couponsUsed: [] };

/** What a campaign would do in one stage, worked out on a fork of the state. */
export interface CampaignAttempt {
  state?: OrderState;
  value: number;
  expiresAtMs?: number;
  benefits: AppliedBenefit[];
  deferred: DeferredBenefit[];
  outcomes: RuleOutcome[];
}

/**
 * Tries the rules of a campaign that start in `stage`. Conditions are read on the shared state;
 * only a rule that holds forks it. With `all`, the rules apply one after another, each on the
 * amount the previous left; with `best`, each is tried alone and the one worth most wins.
 */
export function attemptCampaign(
  track: CampaignTrack,
  stage: Stage,
  state: OrderState,
): CampaignAttempt {
  const rules = (track.active?.rules ?? []).filter((rule) => rule.firstStage === stage);
  const ref = { id: track.campaign.id, version: track.campaign.version };
  state.local = track.local;

  if (track.campaign.selection === 'best') return attemptBest(rules, state, ref, stage);

  const attempt: CampaignAttempt = { value: 0, benefits: [], deferred: [], outcomes: [] };
  let current = state;
  for (const rule of rules) {
    const condition = rule.condition ? rule.condition(current) : ALWAYS;
    if (!condition.passed) {
      attempt.outcomes.push(outcome(rule, 'not-met', condition));
      continue;
    }
    if (current === state) current = state.fork();
    const applied = applyRule(rule, condition, current, ref, stage);
    if (applied.none) {
      attempt.outcomes.push({ ...outcome(rule, 'not-met'), reason: applied.none });
      continue;
    }
    attempt.outcomes.push({ ...outcome(rule, 'applied'), value: applied.value });
    attempt.benefits.push(...applied.benefits);
    attempt.deferred.push(...applied.deferred);
    attempt.value += applied.value;
    attempt.expiresAtMs = earliest(attempt.expiresAtMs, condition.expiresAtMs);
  }
  if (current !== state) attempt.state = current;

  return attempt;
}

function attemptBest(
  rules: CompiledRule[],
  state: OrderState,
  ref: { id: string; version: number },
  stage: Stage,
): CampaignAttempt {
  const outcomes = new Map<string, RuleOutcome>();
  const tries: (CampaignAttempt & { ruleId: string })[] = [];
  for (const rule of rules) {
    const condition = rule.condition ? rule.condition(state) : ALWAYS;
    if (!condition.passed) {
      outcomes.set(rule.id, outcome(rule, 'not-met', condition));
      continue;
    }
    const fork = state.fork();
    const applied = applyRule(rule, condition, fork, ref, stage);
    if (applied.none) {
      outcomes.set(rule.id, { ...outcome(rule, 'not-met'), reason: applied.none });
      continue;
    }
    outcomes.set(rule.id, { ...outcome(rule, 'applied'), value: applied.value });
    tries.push({
      ruleId: rule.id,
      state: fork,
      value: applied.value,
      benefits: applied.benefits,
      deferred: applied.deferred,
      outcomes: [],
      ...(condition.expiresAtMs !== undefined && { expiresAtMs: condition.expiresAtMs }),
    });
  }

  const winner = [...tries].sort((a, b) =>
    compareOffers(
      { value: a.value, expiresAtMs: a.expiresAtMs, id: a.ruleId },
      { value: b.value, expiresAtMs: b.expiresAtMs, id: b.ruleId },
    ),
  )[0];
  for (const loser of tries) {
    const lost = outcomes.get(loser.ruleId);
    if (loser === winner || !lost || !winner) continue;
    outcomes.set(loser.ruleId, { ...lost, status: 'lost', lostTo: winner.ruleId });
  }
  const ordered = rules.map((rule) => outcomes.get(rule.id)).filter((o) => o !== undefined);
  if (!winner) return { value: 0, benefits: [], deferred: [], outcomes: ordered };

  return { ...winner, outcomes: ordered };
}

function outcome(
  rule: CompiledRule,
  status: RuleOutcome['status'],
  condition?: ConditionResult,
): RuleOutcome {
  const result: RuleOutcome = { ruleId: rule.id, status };
  if (rule.name) result.name = rule.name;
  if (condition?.reason) result.reason = condition.reason;

  return result;
}

function earliest(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;

  return Math.min(a, b);
}
