import type { BucketEntry } from '../compile/campaign-set.js';
import {
  STAGE_INDEX,
  type AppliedBenefit,
  type CampaignOutcome,
  type EvaluationResult,
  type LimitClaim,
  type LineResult,
  type RuleOutcome,
} from '../types/index.js';
import type { CampaignTrack, PendingRuleOutcome } from './campaign-track.js';
import { resolveReason } from './lazy-reason.js';
import { skippedOutcome } from './skipped-outcome.js';
import type { OrderState } from './order-state.js';

/** The campaigns of one evaluation: every entry of its bucket, and the tracks of those that ran. */
export interface Evaluated {
  entries: readonly BucketEntry[];
  /** The track of each entry that has one, by entry position. */
  slots: readonly (CampaignTrack | undefined)[];
  tracks: readonly CampaignTrack[];
}

/**
 * Totals, lines, benefits in stage order, and an outcome for every campaign. Reasons are
 * built here, and only when `explain` asks for them.
 */
export function buildResult(
  state: OrderState,
  evaluated: Evaluated,
  options: { subtotalAfterLineChanges: number; explain: boolean },
): EvaluationResult {
  const lines: LineResult[] = [];
  let listSubtotal = 0;
  let discount = 0;
  let tendered = 0;
  for (const line of state.lines) {
    const lineDiscount = line.lineDiscount + line.orderDiscount;
    lines.push({
      lineId: line.line.id,
      listAmount: line.listAmount,
      lineDiscount: line.lineDiscount,
      orderDiscount: line.orderDiscount,
      discount: lineDiscount,
      tendered: line.tendered,
      payable: line.unpaid,
    });
    listSubtotal += line.listAmount;
    discount += lineDiscount;
    tendered += line.tendered;
  }

  return {
    currency: 'CNY',
    listSubtotal,
    subtotalAfterLineChanges: options.subtotalAfterLineChanges,
    discount,
    subtotalAfterDiscount: listSubtotal - discount,
    tendered,
    payable: listSubtotal - discount - tendered,
    lines,
    benefits: orderedBenefits(evaluated.tracks),
    campaigns: campaignOutcomes(evaluated, options.explain),
    claims: claimsOf(evaluated.tracks),
  };
}

function campaignOutcomes(evaluated: Evaluated, explain: boolean): CampaignOutcome[] {
  const { entries, slots } = evaluated;
  const outcomes = new Array<CampaignOutcome>(entries.length);
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index] as BucketEntry;
    const track = slots[index];
    outcomes[index] =
      track || entry.kind === 'live'
        ? outcomeOf(track as CampaignTrack, explain)
        : skippedOutcome(entry, explain);
  }

  return outcomes;
}

function claimsOf(tracks: readonly CampaignTrack[]): LimitClaim[] {
  const claims: LimitClaim[] = [];
  for (const track of tracks) if (track.claims) claims.push(...track.claims);

  return claims;
}

function orderedBenefits(tracks: readonly CampaignTrack[]): AppliedBenefit[] {
  const all: AppliedBenefit[] = [];
  for (const track of tracks) if (track.benefits.length > 0) all.push(...track.benefits);

  // Stable sort: within a stage the order is the order of application.
  return all.sort((a, b) => STAGE_INDEX[a.stage] - STAGE_INDEX[b.stage]);
}

function outcomeOf(track: CampaignTrack, explain: boolean): CampaignOutcome {
  // A campaign whose rules held but whose benefits (some deferred to later stages) all came to
  // nothing did not apply.
  const gaveNothing = track.status === 'applied' && track.benefits.length === 0;
  const status = track.status === 'pending' || gaveNothing ? 'not-applied' : track.status;
  const rules = explain ? ruleOutcomes(track) : [];
  const outcome: CampaignOutcome = {
    campaignId: track.campaign.id,
    campaignVersion: track.campaign.version,
    name: track.campaign.name,
    status,
    rules,
  };
  if (track.active?.phase) outcome.phase = track.active.phase;
  if (track.lostTo) outcome.lostTo = track.lostTo;
  if (track.claims && status === 'applied') outcome.claims = track.claims;
  if (track.shortfalls) outcome.shortfalls = track.shortfalls;
  if (!explain) return outcome;

  const own = track.reason === undefined ? undefined : resolveReason(track.reason);
  const reason = own ?? rules.find((rule) => rule.reason)?.reason;
  if (reason && status !== 'applied') outcome.reason = reason;
  if (reason && track.status === 'error') outcome.reason = reason;

  return outcome;
}

function ruleOutcomes(track: CampaignTrack): RuleOutcome[] {
  return (track.active?.rules ?? []).map((rule) => {
    const pending = track.rules.get(rule.id);
    if (!pending) {
      return { ruleId: rule.id, ...(rule.name && { name: rule.name }), status: 'not-met' };
    }
    const outcome = resolved(pending);
    if (outcome.status !== 'applied' || gave(track, rule.id)) return outcome;
    // It held, but its benefits, those deferred to a later stage too, gave nothing.
    const later = track.deferredNone.get(rule.id);
    const reason = outcome.reason ?? (later === undefined ? undefined : resolveReason(later));
    const { value: _value, ...rest } = outcome;

    return { ...rest, status: 'not-met', ...(reason && { reason }) };
  });
}

function resolved(pending: PendingRuleOutcome): RuleOutcome {
  if (pending.reason === undefined) return pending as RuleOutcome;
  const { reason, ...rest } = pending;

  return { ...rest, reason: resolveReason(reason) };
}

function gave(track: CampaignTrack, ruleId: string): boolean {
  for (const benefit of track.benefits) if (benefit.ruleId === ruleId) return true;

  return false;
}
