import {
  customerKeyOf,
  type EvaluationContext,
  type EvaluationResult,
} from '@campaign-studio/engine';
import type { AppServices } from '../AppServices.js';
import { evaluateWithLedgerTotals, shortfallsOf } from './evaluateWithLedger.js';
import { newRedemptionId } from './grantIds.js';
import { figuresOfLedger, figuresOfShortfalls, limitExhausted } from './limitRefusal.js';
import { findRedemptionByKey, type RedemptionRecord } from './redemptionRecords.js';
import { idempotencyConflict, priceChanged } from './redemptionErrors.js';
import { requestHash } from './requestHash.js';
import { storedResponse, type RedeemAnswer, type StoredAnswer } from './StoredAnswer.js';

export interface RedeemRequest {
  idempotencyKey: string;
  orderId?: string;
  context: EvaluationContext;
  /** The payable the customer was shown: a price with campaigns left out is then accepted. */
  expectedPayable?: number;
  explain?: boolean;
}

function replay(record: RedemptionRecord, hash: string): RedeemAnswer {
  if (record.requestHash !== hash) throw idempotencyConflict();
  return storedResponse(record.answer);
}

/**
 * Evaluates like `evaluate`, then holds every claim of the result at once in the ledger. The
 * same key again answers the first answer. A limit that is short, whether the evaluation saw
 * it or the hold met it (another order took the rest in between), refuses the whole order
 * with the figures: a price is never held other than the one evaluated and shown.
 */
export async function redeemOrder(
  services: AppServices,
  request: RedeemRequest,
): Promise<RedeemAnswer> {
  const { database, ledger } = services;
  const hash = requestHash(request.orderId, request.context);
  // A replay is answered by the hold below, which finds the key in the same statement: the
  // usual first call makes no read for it. A refusal looks first (`refuseUnlessReplayed`).
  const refuseUnlessReplayed = async (refusal: Error): Promise<RedeemAnswer> => {
    const earlier = await findRedemptionByKey(database, request.idempotencyKey);
    if (earlier !== undefined) return replay(earlier, hash);
    throw refusal;
  };

  // First without reading what the ledger has left: the hold checks every limit anyway, and
  // when they all fit the answer is the one a read would have given. Only a refusal (a limit
  // short, or a price that may be the one with a campaign left out) reads it and decides.
  const attempt = async (withLeft: boolean): Promise<RedeemAnswer> => {
    const { result, context } = await evaluateWithLedgerTotals(services, request.context, {
      explain: request.explain ?? true,
      readLeft: withLeft,
    });
    const excluded = shortfallsOf(result);
    if (request.expectedPayable !== undefined && request.expectedPayable !== result.payable) {
      if (!withLeft) return attempt(true);
      return refuseUnlessReplayed(priceChanged(request.expectedPayable, result.payable));
    }
    if (excluded.length > 0 && request.expectedPayable === undefined) {
      // The key may hold already (a replay, or a call that raced this one): its own hold is
      // then the shortfall, and the first answer is the answer.
      return refuseUnlessReplayed(
        limitExhausted(figuresOfShortfalls(excluded.flatMap(([, shortfalls]) => shortfalls))),
      );
    }
    return holdAnswer(result, context, excluded, withLeft);
  };

  const holdAnswer = async (
    result: EvaluationResult,
    context: EvaluationContext,
    excluded: ReturnType<typeof shortfallsOf>,
    withLeft: boolean,
  ): Promise<RedeemAnswer> => {
    const redemptionId = newRedemptionId();
    const expiresAt = new Date(services.clock().getTime() + services.holdMs);
    const customerKey = customerKeyOf(context.customer);
    const stored = { ...result, redemptionId, expiresAt: expiresAt.toISOString() };
    const answer: StoredAnswer = {
      response: stored,
      order: { context, excluded, ...(customerKey === undefined ? {} : { customerKey }) },
    };
    const outcome = await ledger.hold({
      redemptionId,
      idempotencyKey: request.idempotencyKey,
      requestHash: hash,
      claims: result.claims,
      expiresAt,
      answer,
      ...(customerKey === undefined ? {} : { customerKey }),
    });

    switch (outcome.status) {
      case 'held':
        services.caches.heldOrders.remember(
          {
            id: redemptionId,
            idempotencyKey: request.idempotencyKey,
            requestHash: hash,
            state: 'held',
            answer,
          },
          expiresAt,
          services.clock(),
        );
        return { ...stored, held: result.claims };
      case 'replayed':
        return storedResponse(outcome.answer as StoredAnswer);
      case 'conflict':
        throw idempotencyConflict();
      case 'refused': {
        const now = performance.now();
        for (const { key, left } of outcome.shortfalls) {
          services.caches.exhausted.saw(key, left, now);
        }
        if (!withLeft) return attempt(true);
        return refuseUnlessReplayed(
          limitExhausted(figuresOfLedger(outcome.shortfalls, result.claims)),
        );
      }
    }
  };

  return attempt(false);
}
