import {
  STAGE_INDEX,
  type AppliedBenefit,
  type CampaignOutcome,
  type EvaluationResult,
  type LimitClaim,
  type LineResult,
  type RuleOutcome,
} from '../types/index.js';
import type { CampaignTrack } from './campaign-track.js';
import type { OrderState } from './order-state.js';

/** Totals, lines, benefits in stage order, and an outcome for every campaign. */
export function buildResult(
  state: OrderState,
  tracks: CampaignTrack[],
  subtotalAfterLineChanges: number,
  explain: boolean,
): EvaluationResult {
  const lines: LineResult[] = state.lines.map((line) => ({
    lineId: line.line.id,
    listAmount: line.listAmount,
    lineDiscount: line.lineDiscount,
    orderDiscount: line.orderDiscount,
    discount: line.lineDiscount + line.orderDiscount,
    tendered: line.tendered,
    payable: line.unpaid,
  }));
  const listSubtotal = sum(lines.map((line) => line.listAmount));
  const discount = sum(lines.map((line) => line.discount));
  const tendered = sum(lines.map((line) => line.tendered));

  return {
    currency: 'CNY',
    listSubtotal,
    subtotalAfterLineChanges,
    discount,
    subtotalAfterDiscount: listSubtotal - discount,
    tendered,
    payable: listSubtotal - discount - tendered,
    lines,
    benefits: orderedBenefits(tracks),
    campaigns: tracks.map((track) => outcomeOf(track, explain)),
    claims: claimsOf(tracks),
  };
}

function claimsOf(tracks: CampaignTrack[]): LimitClaim[] {
  const claims: LimitClaim[] = [];
  for (const track of tracks) if (track.claims) claims.push(...track.claims);

  return claims;
}

function orderedBenefits(tracks: CampaignTrack[]): AppliedBenefit[] {
  const all = tracks.flatMap((track) => track.benefits);

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

  const reason = track.reason ?? rules.find((rule) => rule.reason)?.reason;
  if (reason && status !== 'applied') outcome.reason = reason;
  if (reason && track.status === 'error') outcome.reason = reason;

  return outcome;
}

function ruleOutcomes(track: CampaignTrack): RuleOutcome[] {
  const gave = new Set(track.benefits.map((benefit) => benefit.ruleId));

  return (track.active?.rules ?? []).map((rule) => {
    const outcome = track.rules.get(rule.id) ?? {
      ruleId: rule.id,
      ...(rule.name && { name: rule.name }),
      status: 'not-met' as const,
    };
    if (outcome.status !== 'applied' || gave.has(rule.id)) return outcome;
    // It held, but its benefits, those deferred to a later stage too, gave nothing.
    const reason = outcome.reason ?? track.deferredNone.get(rule.id);
    const { value: _value, ...rest } = outcome;

    return { ...rest, status: 'not-met', ...(reason && { reason }) };
  });
}

function sum(values: number[]): number {
  return values.reduce((acc, value) => acc + value, 0);
}
