import {
  customerKeyOf,
  evaluateWithinLimits,
  type EvaluationContext,
  type EvaluationResult,
  type LimitClaim,
  type LimitShortfall,
} from '@campaign-studio/engine';
import { DEFAULT_TIME_ZONE, localDay } from '@campaign-studio/storage';
import type { AppServices } from '../AppServices.js';
import { evaluatePublished } from '../evaluation/evaluatePublished.js';
import { checkHeldVouchers } from './checkHeldVouchers.js';
import { paidTodayWhenRead } from './paidTodayWhenRead.js';

/**
 * The context with what the ledger knows filled in: `customer.paidToday`, the customer's paid
 * total earlier on the local day of `instant`, when the caller did not send it (a value the
 * caller sends wins, so a checkout with its own figures keeps them).
 */
export async function withLedgerTotals(
  services: AppServices,
  context: EvaluationContext,
): Promise<EvaluationContext> {
  if (context.customer.paidToday !== undefined) return context;
  const customerKey = customerKeyOf(context.customer);
  if (customerKey === undefined) return context;

  const day = localDay(new Date(context.instant), DEFAULT_TIME_ZONE);
  const paidToday = await services.ledger.paidOn(customerKey, day);
  return { ...context, customer: { ...context.customer, paidToday } };
}

export interface LedgerEvaluateOptions {
  explain?: boolean;
  /**
   * Read what the ledger has left (default). Without, every limit is taken to have room but
   * those lately seen empty (`ExhaustedCounters`), which are read: for a caller whose hold
   * checks the limits itself and reads everything only when it is refused.
   */
  readLeft?: boolean;
}

/**
 * What the ledger has left of each claim's counter, noting the counters found empty. Left is
 * of the claim's capacity, as a hold counts it (the latest capacity wins): a version that
 * raised a stock has room before any hold has written the new capacity.
 */
async function readAndNote(services: AppServices, claims: readonly LimitClaim[]) {
  const counters = await services.ledger.counters(claims.map((claim) => claim.key));
  const left = new Map<string, number>();
  const now = performance.now();
  for (const claim of claims) {
    const counter = counters.get(claim.key);
    if (counter === undefined) continue;
    const room = Math.max(claim.capacity - counter.used - counter.held, 0);
    left.set(claim.key, room);
    services.caches.exhausted.saw(claim.key, room, now);
  }
  return left;
}

/** Room without asking, but for the counters lately seen empty. */
async function readSuspected(services: AppServices, claims: readonly LimitClaim[]) {
  const now = performance.now();
  const suspected = claims.filter((claim) => services.caches.exhausted.suspected(claim.key, now));
  const left = new Map(claims.map((claim) => [claim.key, Infinity]));
  if (suspected.length === 0) return left;
  for (const [key, value] of await readAndNote(services, suspected)) left.set(key, value);
  return left;
}

/**
 * Evaluates over the published campaigns with what the ledger has left: a campaign whose
 * limit cannot take the order is not applied, with the figures, exactly as `redeem` would
 * refuse it at this moment. Nothing is reserved.
 */
export async function evaluateWithLedger(
  services: AppServices,
  context: EvaluationContext,
  options: LedgerEvaluateOptions = {},
): Promise<EvaluationResult> {
  await checkHeldVouchers(services.ledger, context);
  const { readLeft: withLeft = true, ...evaluateOptions } = options;
  const readLeft = withLeft
    ? (claims: readonly LimitClaim[]) => readAndNote(services, claims)
    : (claims: readonly LimitClaim[]) => readSuspected(services, claims);

  return evaluateWithinLimits(
    (evaluated, { shortfalls }) =>
      // The caller has validated the context with the same engine: not checked again.
      evaluatePublished(services, evaluated, { ...evaluateOptions, shortfalls, validated: true }),
    context,
    readLeft,
  );
}

/**
 * `evaluateWithLedger` with `customer.paidToday` filled in from the ledger as
 * `withLedgerTotals` would, but read only when a campaign reads it (`paidTodayWhenRead`).
 * Answers the result and the context it was computed on.
 */
export async function evaluateWithLedgerTotals(
  services: AppServices,
  context: EvaluationContext,
  options: LedgerEvaluateOptions = {},
): Promise<{ result: EvaluationResult; context: EvaluationContext }> {
  const evaluate = (evaluated: EvaluationContext) =>
    evaluateWithLedger(services, evaluated, options);
  const customerKey = customerKeyOf(context.customer);
  if (context.customer.paidToday !== undefined || customerKey === undefined) {
    return { result: await evaluate(context), context };
  }

  // The local day is worked out only when the total is read, like the total itself.
  const readPaidToday = () =>
    services.ledger.paidOn(customerKey, localDay(new Date(context.instant), DEFAULT_TIME_ZONE));
  return paidTodayWhenRead(context, readPaidToday, evaluate);
}

/** The campaigns an evaluation left out for their shortfalls, by campaign id. */
export function shortfallsOf(result: EvaluationResult): [string, LimitShortfall[]][] {
  return result.campaigns.flatMap((campaign) =>
    campaign.shortfalls && campaign.shortfalls.length > 0
      ? [[campaign.campaignId, campaign.shortfalls] as [string, LimitShortfall[]]]
      : [],
  );
}
