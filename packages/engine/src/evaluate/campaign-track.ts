import type { CompiledCampaign } from '../compile/compiled.js';
import type {
  AppliedBenefit,
  CampaignStatus,
  LimitClaim,
  LimitShortfall,
  LocalInstant,
  RuleOutcome,
  Stage,
} from '../types/index.js';
import type { DeferredBenefit } from './apply-rule.js';
import type { LazyReason } from './lazy-reason.js';
import type { ActiveCampaign } from './resolve-scope.js';

/** A rule's outcome as evaluation records it: its reason is built only if explained. */
export type PendingRuleOutcome = Omit<RuleOutcome, 'reason'> & { reason?: LazyReason };

/** Everything one evaluation learns about one campaign, stage after stage. */
export interface CampaignTrack {
  campaign: CompiledCampaign;
  local: LocalInstant;
  active?: ActiveCampaign;
  status: CampaignStatus | 'pending';
  reason?: LazyReason;
  lostTo?: string;
  rules: Map<string, PendingRuleOutcome>;
  benefits: AppliedBenefit[];
  deferred: DeferredBenefit[];
  /** Why a deferred benefit gave nothing, by rule: reported if the rule gave nothing at all. */
  deferredNone: Map<string, LazyReason>;
  /** What it takes from the ledger, once it applied (see `collectClaims`). */
  claims?: LimitClaim[];
  /** Why it was left out before it ran: counters with not enough left. */
  shortfalls?: LimitShortfall[];
}

export function hasRulesAt(track: CampaignTrack, stage: Stage): boolean {
  return track.active !== undefined && track.campaign.rulesAt(track.active.phase, stage).length > 0;
}

/** Still able to apply: in scope, not beaten in its group, no block error. */
export function isLive(track: CampaignTrack): boolean {
  return track.active !== undefined && (track.status === 'pending' || track.status === 'applied');
}
