import type { CancelOutcome, Refund } from '@campaign-studio/storage';
import type { AppServices } from '../AppServices.js';
import { wrongState } from './redemptionErrors.js';

/** Releases every hold of an order never completed; an expired one answers `expired`. */
export async function cancelOrder(
  services: AppServices,
  redemptionId: string,
): Promise<Extract<CancelOutcome, { status: 'cancelled' }>> {
  services.caches.heldOrders.forget(redemptionId);
  const outcome = await services.ledger.cancel(redemptionId);
  if (outcome.status === 'refused') throw wrongState(redemptionId, outcome.state, 'cancelled');
  return outcome;
}

/**
 * Gives back budget and stock of a completed order and revokes what it earned and has not
 * used; what was used is listed for the merchant to deduct. Per-customer use stays counted.
 */
export async function refundOrder(services: AppServices, redemptionId: string): Promise<Refund> {
  services.caches.heldOrders.forget(redemptionId);
  const outcome = await services.ledger.refund(redemptionId, { at: services.clock() });
  if (outcome.status === 'refused') throw wrongState(redemptionId, outcome.state, 'refunded');
  return outcome;
}
