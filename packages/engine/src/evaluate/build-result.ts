import type { ScopeBucket } from '../compile/campaign-set.js';
import type { CompiledRule } from '../compile/compiled.js';
import {
  STAGE_INDEX,
  type AppliedBenefit,
  type CampaignOutcome,
  type EvaluationResult,
  type LimitClaim,
  type LineResult,
  type Reason,
  type RuleOutcome,
} from '../types/index.js';
import type { CampaignTrack, RuleRecord } from './campaign-track.js';
import { resolveReason } from './lazy-reason.js';
import { gatedRuleOutcome, skippedOutcomes } from './skipped-outcome.js';
import type { OrderState } from './order-state.js';

/** The campaigns of one evaluation: every entry of its bucket, and the tracks of those that ran. */
export interface Evaluated {
  bucket: ScopeBucket;
  /** Every campaign that ran or was left out before it ran; each knows its position. */
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

/** The bucket's shared outcomes, with those of the campaigns that ran in their places. */
function campaignOutcomes(evaluated: Evaluated, explain: boolean): CampaignOutcome[] {
  const outcomes = skippedOutcomes(evaluated.bucket, explain).slice() as CampaignOutcome[];
  for (const track of evaluated.tracks) outcomes[track.position] = outcomeOf(track, explain);

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

  // Often in stage order already (one stage only, say): sorted only when not. The sort is
  // stable: within a stage the order is the order of application.
  for (let index = 1; index < all.length; index += 1) {
    const before = all[index - 1] as AppliedBenefit;
    if (STAGE_INDEX[before.stage] > STAGE_INDEX[(all[index] as AppliedBenefit).stage]) {
      return all.sort((a, b) => STAGE_INDEX[a.stage] - STAGE_INDEX[b.stage]);
    }
  }

  return all;
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
  const reason = own ?? firstReason(rules);
  if (reason && status !== 'applied') outcome.reason = reason;
  if (reason && track.status === 'error') outcome.reason = reason;

  return outcome;
}

function firstReason(rules: readonly RuleOutcome[]): Reason | undefined {
  for (const rule of rules) if (rule.reason) return rule.reason;

  return undefined;
}

/** Each rule's record as an outcome, in document order; gated rules share the bucket's. */
function ruleOutcomes(track: CampaignTrack): RuleOutcome[] {
  const rules = track.active?.rules ?? [];
  const outcomes = new Array<RuleOutcome>(rules.length);
  const { entry } = track;
  for (let index = 0; index < rules.length; index += 1) {
    const rule = rules[index] as CompiledRule;
    const record = track.rules[index];
    outcomes[index] =
      record?.gated && entry.kind === 'live'
        ? gatedRuleOutcome(entry, rule)
        : ruleOutcome(track, rule, record);
  }

  return outcomes;
}

function ruleOutcome(
  track: CampaignTrack,
  rule: CompiledRule,
  record: RuleRecord | undefined,
): RuleOutcome {
  // It held, but its benefits, those deferred to a later stage too, gave nothing.
  const heldForNothing = record?.status === 'applied' && !gave(track, rule.id);
  const status = !record || heldForNothing ? 'not-met' : record.status;
  const outcome: RuleOutcome = rule.name
    ? { ruleId: rule.id, name: rule.name, status }
    : { ruleId: rule.id, status };
  if (!record) return outcome;

  let reason = record.reason;
  if (heldForNothing && reason === undefined) reason = track.deferredNone?.get(rule.id);
  if (reason !== undefined) outcome.reason = resolveReason(reason);
  if (record.value !== undefined && !heldForNothing) outcome.value = record.value;
  if (record.lostTo !== undefined) outcome.lostTo = record.lostTo;

  return outcome;
}

function gave(track: CampaignTrack, ruleId: string): boolean {
  for (const benefit of track.benefits) if (benefit.ruleId === ruleId) return true;

  return false;
}
