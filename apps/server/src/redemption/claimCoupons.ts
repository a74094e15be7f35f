import {
  customerKeyOf,
  type EvaluationContext,
  type EvaluationResult,
  type HeldCoupon,
} from '@campaign-studio/engine';
import type { GrantInput } from '@campaign-studio/storage';
import type { AppServices } from '../AppServices.js';
import { evaluateWithLedger, shortfallsOf, withLedgerTotals } from './evaluateWithLedger.js';
import { grantId, newRedemptionId } from './grantIds.js';
import { figuresOfLedger, figuresOfShortfalls, limitExhausted } from './limitRefusal.js';
import { findRedemptionByKey } from './redemptionRecords.js';
import { idempotencyConflict } from './redemptionErrors.js';
import { requestHash } from './requestHash.js';
import { localizedError } from '../trpc/LocalizedError.js';

export interface ClaimAnswer {
  /** The ledger's record of the claim; absent when nothing could be claimed. */
  claimId?: string;
  /** The coupons claimed, as a later context's `coupons` takes them. */
  coupons: HeldCoupon[];
  result: EvaluationResult;
}

const couponsOf = (grants: readonly GrantInput[]): HeldCoupon[] =>
  grants.map((grant) => ({ id: grant.id, coupon: String(grant.details?.coupon) }));

async function replayed(services: AppServices, claimId: string, result: EvaluationResult) {
  const grants = await services.ledger.grantsOf(claimId);
  return { claimId, coupons: couponsOf(grants), result };
}

const CLAIM_EVENT = 'coupon.claim';

/** A claim is evaluated as its event: without one, no claim campaign could ever apply. */
function notAClaim(type: string | undefined) {
  const sent = type === undefined ? 'has no event' : `has the event type "${type}"`;
  const sentZh = type === undefined ? '没有事件' : `的事件类型是 "${type}"`;
  return localizedError(
    'BAD_REQUEST',
    `context.event: a coupon claim needs the event { "type": "${CLAIM_EVENT}", "coupon": "…" }; ` +
      `this context ${sent}.`,
    `context.event：领券须带事件 { "type": "${CLAIM_EVENT}", "coupon": "…" }；本次上下文${sentZh}。`,
    'not-a-claim',
  );
}

/**
 * A coupon claim (R5: at most 10 per person per brand): evaluated as the context's
 * `coupon.claim` event, then taken straight to use in the ledger, so that the cap holds
 * however many phones race. Separate from redemption: nothing is held or completed.
 */
export async function claimCoupons(
  services: AppServices,
  request: { idempotencyKey: string; context: EvaluationContext },
): Promise<ClaimAnswer> {
  if (request.context.event?.type !== CLAIM_EVENT) throw notAClaim(request.context.event?.type);
  const hash = requestHash(undefined, request.context);
  const context = await withLedgerTotals(services, request.context);
  const earlier = await findRedemptionByKey(services.database, request.idempotencyKey);
  if (earlier !== undefined && earlier.requestHash !== hash) throw idempotencyConflict();

  const result = await evaluateWithLedger(services, context, { explain: true });
  if (earlier !== undefined) return replayed(services, earlier.id, result);
  const excluded = shortfallsOf(result);
  if (excluded.length > 0) {
    throw limitExhausted(figuresOfShortfalls(excluded.flatMap(([, shortfalls]) => shortfalls)));
  }

  const claimId = newRedemptionId();
  const coupons = result.benefits.flatMap((benefit) =>
    typeof benefit.reward?.details?.coupon === 'string' ? [benefit] : [],
  );
  if (coupons.length === 0) return { coupons: [], result };
  const grants: GrantInput[] = coupons.map((benefit, index) => ({
    id: grantId(claimId, index),
    kind: 'coupon',
    value: 0,
    details: { coupon: benefit.reward!.details!.coupon, campaignId: benefit.campaignId },
  }));
  const customerKey = customerKeyOf(context.customer);
  const outcome = await services.ledger.claim({
    redemptionId: claimId,
    idempotencyKey: request.idempotencyKey,
    requestHash: hash,
    claims: result.claims,
    grants,
    ...(customerKey === undefined ? {} : { customerKey }),
  });

  switch (outcome.status) {
    case 'claimed':
      return { claimId, coupons: couponsOf(grants), result };
    case 'replayed':
      return replayed(services, outcome.redemptionId, result);
    case 'conflict':
      throw idempotencyConflict();
    case 'refused':
      throw limitExhausted(figuresOfLedger(outcome.shortfalls, result.claims));
  }
}
