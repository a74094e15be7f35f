import type { BucketEntry, CampaignSet, ScopeBucket } from '../compile/campaign-set.js';
import type { CompiledRule } from '../compile/compiled.js';
import { formatYuan } from '../money/index.js';
import { toLocalInstant } from '../time/index.js';
import {
  DEFAULT_TIMEZONE,
  STAGES,
  STAGE_INDEX,
  type AppliedBenefit,
  type EvaluationContext,
  type EvaluationResult,
  type LimitShortfall,
  type LocalInstant,
  type Reason,
  type Stage,
} from '../types/index.js';
import { NO_DEFERRED, applyBenefit } from './apply-rule.js';
import { attemptCampaign, joined, type CampaignAttempt } from './attempt-campaign.js';
import { shortfallReason } from '../limits/shortfall-reason.js';
import { buildResult } from './build-result.js';
import { isLive, rulesAt, type CampaignTrack } from './campaign-track.js';
import { collectClaims, type Exclusion } from './collect-claims.js';
import { compareOffers } from './compare-offers.js';
import { OrderState, type Mark } from './order-state.js';

export interface EvaluateOptions {
  /** Include rule outcomes and reasons. Default true. */
  explain?: boolean;
  /**
   * Campaigns whose counters have not enough left, by campaign id, as the ledger found them
   * (see `evaluateWithinLimits`): they are not applied, with the figures in their reason.
   */
  shortfalls?: ReadonlyMap<string, readonly LimitShortfall[]>;
  /**
   * The caller has checked the context with this engine's `validateContext` and found no
   * issue (the server does, to answer with every issue at once): it is not checked again.
   */
  validated?: boolean;
}

/**
 * Evaluates a context against compiled campaigns in the fixed stages: line changes, order
 * reductions, tenders, rewards. Within a stage campaigns run by priority, then id, each on the
 * running amount; an exclusive group lets only its best member apply. The context must have
 * passed validation. Only the campaigns of the context's scope bucket that can apply run; the
 * others are reported from the bucket.
 */
export function evaluateCampaigns(
  campaigns: CampaignSet,
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
  const orderLocal = localFor(DEFAULT_TIMEZONE);
  const bucket = campaigns.bucketFor(context, orderLocal.epochMs);
  const explain = options.explain ?? true;
  let excluded = options.shortfalls?.size ? fromShortfalls(options.shortfalls) : undefined;

  // A limit that refuses its campaign (a guest where guests are refused) is known only once
  // the campaign applied: pricing runs again without it. Each round leaves one more out.
  for (let round = 0; ; round += 1) {
    const state = new OrderState(context, orderLocal);
    const { slots, tracks } = startTracks(bucket, localFor, excluded);
    let subtotalAfterLineChanges = state.runningAmount();
    for (const stage of STAGES) {
      if (stage === 'order') subtotalAfterLineChanges = state.runningAmount();
      runStage(stage, bucket, slots, tracks, state);
    }

    const refusals = collectClaims(tracks, context);
    if (!refusals || round >= bucket.entries.length) {
      return buildResult(
        state,
        { bucket, tracks },
        {
          subtotalAfterLineChanges,
          explain,
        },
      );
    }
    excluded = new Map([...(excluded ?? []), ...refusals]);
  }
}

const NO_BENEFITS: readonly AppliedBenefit[] = Object.freeze([]);

type Excluded = Exclusion & { shortfalls?: LimitShortfall[] };

function fromShortfalls(
  shortfalls: ReadonlyMap<string, readonly LimitShortfall[]>,
): Map<string, Excluded> {
  const excluded = new Map<string, Excluded>();
  for (const [campaignId, list] of shortfalls) {
    const first = list[0];
    if (!first) continue;
    excluded.set(campaignId, {
      status: 'not-applied',
      reason: shortfallReason(first),
      shortfalls: [...list],
    });
  }

  return excluded;
}

/**
 * A track for every entry that runs (or that a shortfall leaves out, to report it), in entry
 * order, and by entry position in `slots`; out-of-scope and tier-gated entries have none.
 * Without exclusions only the live entries are visited.
 */
function startTracks(
  bucket: ScopeBucket,
  localFor: (zone: string) => LocalInstant,
  excluded: Map<string, Excluded> | undefined,
): { slots: (CampaignTrack | undefined)[]; tracks: CampaignTrack[] } {
  const { entries } = bucket;
  const slots = new Array<CampaignTrack | undefined>(entries.length);
  const tracks: CampaignTrack[] = [];
  const count = excluded ? entries.length : bucket.live.length;
  for (let index = 0; index < count; index += 1) {
    const position = excluded ? index : (bucket.live[index] as number);
    const entry = entries[position] as BucketEntry;
    if (entry.kind === 'out-of-scope') continue;
    const left = excluded?.get(entry.campaign.id);
    if (entry.kind === 'tier-gated' && !left) continue;

    const track: CampaignTrack = {
      campaign: entry.campaign,
      position,
      entry,
      local: localFor(entry.campaign.timezone),
      active: entry.active,
      status: 'pending',
      rules: [],
      benefits: NO_BENEFITS,
      deferred: NO_DEFERRED,
    };
    if (left) {
      track.status = left.status;
      track.reason = left.reason;
      if (left.shortfalls) track.shortfalls = left.shortfalls;
    }
    slots[position] = track;
    tracks.push(track);
  }

  return { slots, tracks };
}

/**
 * Runs the campaigns with rules in `stage`, in order. The bucket lists them per stage; only
 * while some campaign has benefits deferred to a later stage (rare) does the stage walk every
 * track, so that those run in their place in the order.
 */
function runStage(
  stage: Stage,
  bucket: ScopeBucket,
  slots: readonly (CampaignTrack | undefined)[],
  tracks: CampaignTrack[],
  state: OrderState,
): void {
  let settledGroups: Set<string> | undefined;
  const walkAll = tracks.some((track) => track.deferred.length > 0);
  const stageIndex = STAGE_INDEX[stage];
  const positions = bucket.stages[stageIndex] ?? [];
  const count = walkAll ? tracks.length : positions.length;
  for (let index = 0; index < count; index += 1) {
    const track = walkAll ? tracks[index] : slots[positions[index] as number];
    if (!track || !isLive(track)) continue;
    if (walkAll) runDeferred(track, stage, state);
    const rules = rulesAt(track, stageIndex);
    if (rules.length === 0) continue;

    const group = track.campaign.exclusiveGroup;
    if (!group) {
      const mark = state.mark();
      const result = attempt(track, rules, stage, state, mark);
      if (result) settle(track, result);
      continue;
    }
    settledGroups ??= new Set();
    if (settledGroups.has(group)) continue;
    settledGroups.add(group);
    runGroup(group, stage, stageIndex, tracks, state);
  }
}

/**
 * Tries every live member of a group, each rolled back after its trial; then applies the best
 * one again, for real. The others are marked lost to it.
 */
function runGroup(
  group: string,
  stage: Stage,
  stageIndex: number,
  tracks: CampaignTrack[],
  state: OrderState,
) {
  const members = tracks.filter(
    (track) =>
      track.campaign.exclusiveGroup === group &&
      isLive(track) &&
      rulesAt(track, stageIndex).length > 0,
  );
  const trials: { track: CampaignTrack; result: CampaignAttempt }[] = [];
  for (const track of members) {
    const mark = state.mark();
    const result = attempt(track, rulesAt(track, stageIndex), stage, state, mark);
    state.rollback(mark);
    if (result) trials.push({ track, result });
  }
  const givers = trials.filter(({ result }) => gives(result));
  let winner: (typeof trials)[number] | undefined;
  for (const trial of givers) {
    const offer = (t: typeof trial) => ({
      value: t.result.value,
      expiresAtMs: t.result.expiresAtMs,
      id: t.track.campaign.id,
    });
    if (!winner || compareOffers(offer(trial), offer(winner)) < 0) winner = trial;
  }

  for (const { track, result } of trials) {
    if (winner && track === winner.track) {
      const mark = state.mark();
      const final = attempt(track, rulesAt(track, stageIndex), stage, state, mark);
      if (final) settle(track, final);
      continue;
    }
    if (!winner || !gives(result)) continue;
    track.status = 'lost';
    track.lostTo = winner.track.campaign.id;
    const { value } = result;
    const winnerValue = winner.result.value;
    track.reason = () => lostReason(track.lostTo as string, winnerValue, value);
  }
}

/** Why a member of an exclusive group lost: the winner gave more, or as much and won the tie. */
function lostReason(winnerId: string, winnerValue: number, value: number): Reason {
  const tie = winnerValue === value;

  return {
    path: '/stacking/exclusiveGroup',
    message: tie
      ? {
          'zh-CN': `与 ${winnerId} 互斥，优惠相同，按先到期、再按编号选了对方`,
          en: `excluded by ${winnerId}, worth as much: it expires sooner or comes first by id`,
        }
      : {
          'zh-CN': `与 ${winnerId} 互斥，对方对顾客更优惠`,
          en: `excluded by ${winnerId}, which is worth more to the customer`,
        },
    expected: tie ? `= ${formatYuan(winnerValue)}` : `≥ ${formatYuan(winnerValue)}`,
    actual: formatYuan(value),
  };
}

function gives(result: CampaignAttempt): boolean {
  return result.benefits.length + result.deferred.length > 0;
}

/**
 * One campaign's attempt on the state. A block that throws fails the campaign closed: what it
 * changed since `mark` is rolled back.
 */
function attempt(
  track: CampaignTrack,
  rules: readonly CompiledRule[],
  stage: Stage,
  state: OrderState,
  mark: Mark,
) {
  try {
    return attemptCampaign(track, rules, stage, state);
  } catch (error) {
    state.rollback(mark);
    failClosed(track, error);
    // What its rules of this stage recorded before the throw does not stand.
    for (const rule of rules) {
      track.rules[rule.index] = undefined;
    }
    return undefined;
  }
}

function settle(track: CampaignTrack, result: CampaignAttempt): void {
  if (!gives(result)) return;
  track.status = 'applied';
  track.benefits = joined(track.benefits, result.benefits);
  track.deferred = joined(track.deferred, result.deferred);
}

function runDeferred(track: CampaignTrack, stage: Stage, state: OrderState): void {
  if (track.deferred.length === 0) return;
  const due = track.deferred.filter((item) => item.benefit.stage === stage);
  if (due.length === 0) return;

  state.local = track.local;
  const mark = state.mark();
  const given: AppliedBenefit[] = [];
  try {
    for (const item of due) {
      const result = applyBenefit(item.benefit, item.rule.id, item.lineIds, state, track.campaign);
      if ('applied' in result) given.push(result.applied);
      else {
        const none = (track.deferredNone ??= new Map());
        if (!none.has(item.rule.id)) none.set(item.rule.id, result.none);
      }
    }
    track.benefits = joined(track.benefits, given);
  } catch (error) {
    state.rollback(mark);
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
  track.deferred = NO_DEFERRED;
  track.reason = {
    path: '',
    message: {
      'zh-CN': `活动计算出错，不再给优惠：${text}`,
      en: `evaluation failed, no further benefit given: ${text}`,
    },
  };
}
