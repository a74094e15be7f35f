import type { CompiledCampaign } from '../compile/compiled.js';
import { toLocalInstant } from '../time/index.js';
import {
  DEFAULT_TIMEZONE,
  STAGES,
  type EvaluationContext,
  type EvaluationResult,
  type LocalInstant,
  type Stage,
} from '../types/index.js';
import { applyBenefit } from './apply-rule.js';
import { attemptCampaign, type CampaignAttempt } from './attempt-campaign.js';
import { buildResult } from './build-result.js';
import { hasRulesAt, isLive, type CampaignTrack } from './campaign-track.js';
import { compareOffers } from './compare-offers.js';
import { OrderState } from './order-state.js';
import { resolveScope } from './resolve-scope.js';

export interface EvaluateOptions {
  /** Include rule outcomes and reasons. Default true. */
  explain?: boolean;
}

/**
 * Evaluates a context against compiled campaigns in the fixed stages: line changes, order
 * reductions, tenders, rewards. Within a stage campaigns run by priority, then id, each on the
 * running amount; an exclusive group lets only its best member apply. The context must have
 * passed validation.
 */
export function evaluateCampaigns(
  campaigns: readonly CompiledCampaign[],
  context: EvaluationContext,
  options: EvaluateOptions = {},
): EvaluationResult {
  const locals = new Map<string, LocalInstant>();
  const localFor = (zone: string): LocalInstant => {
    let local = locals.get(zone);
    if (!local) {
      local = toLocalInstant(context.instant, zone);
      locals.set(zone, local);
    }
    return local;
  };
  const state = new OrderState(context, localFor(DEFAULT_TIMEZONE));
  const tracks = [...campaigns]
    .sort((a, b) => a.priority - b.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((campaign) => startTrack(campaign, context, localFor(campaign.timezone)));

  let subtotalAfterLineChanges = state.runningAmount();
  for (const stage of STAGES) {
    if (stage === 'order') subtotalAfterLineChanges = state.runningAmount();
    runStage(stage, tracks, state);
  }

  return buildResult(state, tracks, subtotalAfterLineChanges, options.explain ?? true);
}

function startTrack(
  campaign: CompiledCampaign,
  context: EvaluationContext,
  local: LocalInstant,
): CampaignTrack {
  const track: CampaignTrack = {
    campaign,
    local,
    status: 'pending',
    rules: new Map(),
    benefits: [],
    deferred: [],
  };
  const scope = resolveScope(campaign, context, local);
  if ('outOfScope' in scope) {
    track.status = 'out-of-scope';
    track.reason = scope.outOfScope;
  } else {
    track.active = scope.active;
  }

  return track;
}

function runStage(stage: Stage, tracks: CampaignTrack[], state: OrderState): void {
  const settledGroups = new Set<string>();
  for (const track of tracks) {
    if (!isLive(track)) continue;
    runDeferred(track, stage, state);
    if (!hasRulesAt(track, stage)) continue;

    const group = track.campaign.exclusiveGroup;
    if (!group) {
      settle(track, attempt(track, stage, state), state);
      continue;
    }
    if (settledGroups.has(group)) continue;
    settledGroups.add(group);
    runGroup(group, stage, tracks, state);
  }
}

/** Tries every live member of a group on its own fork, and lets only the best one apply. */
function runGroup(group: string, stage: Stage, tracks: CampaignTrack[], state: OrderState) {
  const members = tracks.filter(
    (track) => track.campaign.exclusiveGroup === group && isLive(track) && hasRulesAt(track, stage),
  );
  const attempts = members.map((track) => ({ track, result: attempt(track, stage, state) }));
  const givers = attempts.filter(({ result }) => result?.state && result.benefits.length > 0);
  const winner = [...givers].sort((a, b) =>
    compareOffers(
      { value: a.result?.value ?? 0, expiresAtMs: a.result?.expiresAtMs, id: a.track.campaign.id },
      { value: b.result?.value ?? 0, expiresAtMs: b.result?.expiresAtMs, id: b.track.campaign.id },
    ),
  )[0];

  for (const { track, result } of attempts) {
    if (!result || !winner || track === winner.track || !givers.some((g) => g.track === track)) {
      settle(track, result, state);
      continue;
    }
    recordOutcomes(track, result);
    track.status = 'lost';
    track.lostTo = winner.track.campaign.id;
    track.reason = {
      path: '/stacking/exclusiveGroup',
      message: {
        'zh-CN': `与 ${winner.track.campaign.id} 互斥，对方对顾客更优惠`,
        en: `excluded by ${winner.track.campaign.id}, which is worth more to the customer`,
      },
      expected: `> ${result.value}`,
      actual: String(result.value),
    };
  }
}

/** One campaign's attempt; a block that throws fails the campaign closed. */
function attempt(track: CampaignTrack, stage: Stage, state: OrderState) {
  try {
    return attemptCampaign(track, stage, state);
  } catch (error) {
    failClosed(track, error);
    return undefined;
  }
}

function settle(track: CampaignTrack, result: CampaignAttempt | undefined, state: OrderState) {
  if (!result) return;
  recordOutcomes(track, result);
  if (result.state && result.benefits.length + result.deferred.length > 0) {
    state.adopt(result.state);
    track.status = 'applied';
    track.benefits.push(...result.benefits);
    track.deferred.push(...result.deferred);
  }
}

function recordOutcomes(track: CampaignTrack, result: CampaignAttempt): void {
  for (const outcome of result.outcomes) track.rules.set(outcome.ruleId, outcome);
}

function runDeferred(track: CampaignTrack, stage: Stage, state: OrderState): void {
  const due = track.deferred.filter((item) => item.benefit.stage === stage);
  if (due.length === 0) return;

  state.local = track.local;
  const fork = state.fork();
  const ref = { id: track.campaign.id, version: track.campaign.version };
  try {
    for (const item of due) {
      const given = applyBenefit(item.benefit, item.rule.id, item.lineIds, fork, ref);
      if ('applied' in given) track.benefits.push(given.applied);
    }
    state.adopt(fork);
  } catch (error) {
    failClosed(track, error);
  }
}

/**
 * A block threw: the campaign gives nothing more. What it gave in earlier stages is already in
 * the running amounts and stays listed, so the result still adds up.
 */
function failClosed(track: CampaignTrack, error: unknown): void {
  const text = error instanceof Error ? error.message : String(error);
  track.status = 'error';
  track.deferred = [];
  track.reason = {
    path: '',
    message: {
      'zh-CN': `活动计算出错，不再给优惠：${text}`,
      en: `evaluation failed, no further benefit given: ${text}`,
    },
  };
}
