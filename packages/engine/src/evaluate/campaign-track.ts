import type { BucketEntry } from '../compile/campaign-set.js';
import type { CompiledCampaign, CompiledRule } from '../compile/compiled.js';
import type {
  AppliedBenefit,
  CampaignStatus,
  LimitClaim,
  LimitShortfall,
  LocalInstant,
  RuleStatus,
} from '../types/index.js';
import type { DeferredBenefit } from './apply-rule.js';
import type { LazyReason } from './lazy-reason.js';
import type { ActiveCampaign } from './resolve-scope.js';

/**
 * What one evaluation learns about one rule, filled in place by each attempt (one record per
 * rule, all fields always present so that they share one shape); it becomes a `RuleOutcome`
 * only when the result is explained, in `buildResult`.
 */
export interface RuleRecord {
  status: RuleStatus;
  value: number | undefined;
  reason: LazyReason | undefined;
  lostTo: string | undefined;
  /** It failed its tier gate: its outcome is the bucket's shared one. */
  gated: boolean;
}

type EntryOf<K extends BucketEntry['kind']> = Extract<BucketEntry, { kind: K }>;

/** Everything one evaluation learns about one campaign, stage after stage. */
export interface CampaignTrack {
  campaign: CompiledCampaign;
  /** Its entry's position in the bucket, which is its place in the result. */
  position: number;
  /** The bucket's entry for it: its shared outcomes and tier gates. */
  entry: EntryOf<'live'> | EntryOf<'tier-gated'>;
  local: LocalInstant;
  active?: ActiveCampaign;
  status: CampaignStatus | 'pending';
  reason?: LazyReason;
  lostTo?: string;
  /** By rule index in `active.rules`; a rule not tried yet has none. */
  rules: (RuleRecord | undefined)[];
  /** What it gave so far; a shared empty list until it gives (most campaigns never do). */
  benefits: readonly AppliedBenefit[];
  deferred: readonly DeferredBenefit[];
  /** Why a deferred benefit gave nothing, by rule: reported if the rule gave nothing at all. */
  deferredNone?: Map<string, LazyReason>;
  /** What it takes from the ledger, once it applied (see `collectClaims`). */
  claims?: LimitClaim[];
  /** Why it was left out before it ran: counters with not enough left. */
  shortfalls?: LimitShortfall[];
}

/** The rules of the track's active campaign that start in the stage, by its `STAGE_INDEX`. */
export function rulesAt(track: CampaignTrack, stageIndex: number): readonly CompiledRule[] {
  return track.active ? rulesOf(track.active, stageIndex) : NO_RULES;
}

/** The active rules whose first stage is the one at `stageIndex` in `STAGES`. */
export function rulesOf(active: ActiveCampaign, stageIndex: number): readonly CompiledRule[] {
  return active.byStage[stageIndex] as readonly CompiledRule[];
}

const NO_RULES: readonly CompiledRule[] = Object.freeze([]);

/** Still able to apply: in scope, not beaten in its group, no block error. */
export function isLive(track: CampaignTrack): boolean {
  return track.active !== undefined && (track.status === 'pending' || track.status === 'applied');
}

/** The rule's record, reset for a new attempt (made on first use). */
export function recordOf(track: CampaignTrack, index: number): RuleRecord {
  const known = track.rules[index];
  if (!known) {
    const record: RuleRecord = {
      status: 'not-met',
      value: undefined,
      reason: undefined,
      lostTo: undefined,
      gated: false,
    };
    track.rules[index] = record;
    return record;
  }
  known.status = 'not-met';
  known.value = undefined;
  known.reason = undefined;
  known.lostTo = undefined;
  known.gated = false;

  return known;
}
