import type { CompiledLimit } from '../compile/compiled.js';
import { customerKeyOf } from '../limits/customer-key.js';
import type {
  AppliedBenefit,
  EvaluationContext,
  LimitClaim,
  LimitInput,
  Reason,
  Reward,
} from '../types/index.js';
import type { CampaignTrack } from './campaign-track.js';

/** A campaign that must not apply: left out before it runs, with why. */
export interface Exclusion {
  status: 'not-applied' | 'error';
  reason: Reason;
}

/**
 * After pricing: what every applied campaign takes from the ledger, stored on its track (its
 * limit blocks' claims, then one claim per coupon and voucher it used). A campaign whose limit
 * refuses, or whose limit block throws, comes back as an exclusion: the evaluation is run
 * again without it. Campaigns without limits and instruments are passed over at the cost of
 * a look at their benefits.
 */
export function collectClaims(
  tracks: readonly CampaignTrack[],
  context: EvaluationContext,
): Map<string, Exclusion> | undefined {
  let refusals: Map<string, Exclusion> | undefined;
  let customerKey: { value: string | undefined } | undefined;
  for (const track of tracks) {
    if (track.status !== 'applied' || track.benefits.length === 0) continue;
    const limits = track.campaign.limits;
    const instruments = instrumentClaims(track.benefits);
    if (!limits && !instruments) continue;

    const claims: LimitClaim[] = [];
    if (limits) {
      customerKey ??= { value: customerKeyOf(context.customer) };
      const input = limitInput(track, context, customerKey.value);
      const refusal = claimLimits(limits, input, claims);
      if (refusal) {
        (refusals ??= new Map()).set(track.campaign.id, refusal);
        continue;
      }
    }
    if (instruments) claims.push(...instruments);
    track.claims = claims;
  }

  return refusals;
}

function limitInput(
  track: CampaignTrack,
  context: EvaluationContext,
  customerKey: string | undefined,
): LimitInput {
  const rewards: Reward[] = [];
  let value = 0;
  for (const benefit of track.benefits) {
    value += benefit.amount + (benefit.reward?.value ?? 0);
    if (benefit.reward) rewards.push(benefit.reward);
  }

  return {
    context,
    local: track.local,
    campaignId: track.campaign.id,
    benefits: track.benefits,
    rewards,
    value,
    ...(customerKey !== undefined && { customerKey }),
  };
}

/** Runs each limit block; claims on one key are added up. Returns a refusal, if any. */
function claimLimits(
  limits: readonly CompiledLimit[],
  input: LimitInput,
  claims: LimitClaim[],
): Exclusion | undefined {
  const byKey = new Map<string, LimitClaim>();
  for (const limit of limits) {
    let answer: ReturnType<CompiledLimit['evaluate']>;
    try {
      answer = limit.evaluate(input);
    } catch (error) {
      return { status: 'error', reason: thrown(limit, error) };
    }
    if (!Array.isArray(answer)) {
      const reason: Reason = { path: limit.path, block: limit.block, message: answer.message };
      if (answer.expected !== undefined) reason.expected = answer.expected;
      if (answer.actual !== undefined) reason.actual = answer.actual;
      return { status: 'not-applied', reason };
    }
    for (const claim of answer) {
      if (!(claim.amount > 0)) continue;
      const same = byKey.get(claim.key);
      if (same) {
        same.amount += claim.amount;
        continue;
      }
      const placed: LimitClaim = {
        campaignId: input.campaignId,
        ...claim,
        path: limit.path,
        block: limit.block,
      };
      byKey.set(claim.key, placed);
      claims.push(placed);
    }
  }

  return undefined;
}

/** One claim per coupon the campaign's rules consumed and per instrument its tenders used. */
function instrumentClaims(benefits: readonly AppliedBenefit[]): LimitClaim[] | undefined {
  let claims: LimitClaim[] | undefined;
  for (const benefit of benefits) {
    for (const id of benefit.couponsUsed ?? []) {
      (claims ??= []).push(
        instrument(`coupon:${id}`, benefit, { 'zh-CN': `券 ${id}`, en: `coupon ${id}` }),
      );
    }
    for (const { id } of benefit.instruments ?? []) {
      const label = { 'zh-CN': `代金券 ${id}`, en: `voucher ${id}` };
      (claims ??= []).push(instrument(`voucher:${id}`, benefit, label));
    }
  }

  return claims;
}

function instrument(key: string, benefit: AppliedBenefit, label: LimitClaim['label']): LimitClaim {
  return {
    key,
    kind: 'instrument',
    unit: 'count',
    capacity: 1,
    amount: 1,
    label,
    path: benefit.path,
    block: benefit.block,
  };
}

function thrown(limit: CompiledLimit, error: unknown): Reason {
  const text = error instanceof Error ? error.message : String(error);

  return {
    path: limit.path,
    block: limit.block,
    message: {
      'zh-CN': `限制计算出错，活动不参与：${text}`,
      en: `limit failed, the campaign is left out: ${text}`,
    },
  };
}
