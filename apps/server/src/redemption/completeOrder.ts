import type { HeldVoucher } from '@campaign-studio/engine';
import { DEFAULT_TIME_ZONE, type Completion } from '@campaign-studio/storage';
import type { AppServices } from '../AppServices.js';
import { paidOrderGrants } from './paidOrderGrants.js';
import { findRedemption, type OrderRecord } from './redemptionRecords.js';
import { wrongState } from './redemptionErrors.js';

/** What `complete` answers: the ledger's completion, and the vouchers in context form. */
export interface CompleteAnswer extends Completion {
  /** The vouchers issued, as a later context's `vouchers` takes them. */
  vouchers: HeldVoucher[];
}

function withVouchers(completion: Completion): CompleteAnswer {
  const vouchers = completion.grants
    .filter((grant) => grant.details?.voucher === true)
    .map((grant) => ({
      id: grant.id,
      kind: grant.kind,
      value: grant.value,
      issuedAt: completion.paidAt,
    }));
  return { ...completion, vouchers };
}

/**
 * The order is paid: its holds become use and the paid-order benefits are granted. Draws
 * happen before the ledger's completion (their grants are recorded with it), and only for a
 * hold that is still live; completing again answers the first completion.
 *
 * `stateRead` says whether `record.state` was read from the ledger for this call. A record
 * remembered since the hold (`HeldOrders`) may be out of date: the ledger's completion checks
 * the state itself, and a draw, which takes a prize before it, reads the state first.
 */
export async function completeOrder(
  services: AppServices,
  record: OrderRecord,
  paidAt: Date,
  stateRead = true,
): Promise<CompleteAnswer> {
  const { ledger } = services;
  const { response, order } = record.answer;
  services.caches.heldOrders.forget(record.id);
  const live = (state: OrderRecord['state']) =>
    state === 'held' && new Date(response.expiresAt).getTime() > services.clock().getTime();
  const stillLive = async () =>
    stateRead || live((await findRedemption(services.database, record.id))?.state ?? 'expired');
  const grants = live(record.state)
    ? await paidOrderGrants(services, record.id, order, paidAt, stillLive)
    : [];
  const outcome = await ledger.complete(record.id, {
    paidAt,
    paidAmount: response.payable,
    timeZone: DEFAULT_TIME_ZONE,
    grants,
  });
  if (outcome.status === 'refused') {
    // Drawn for an order closed meanwhile (a cancel, the hold's end): the prizes go back.
    if (grants.length > 0) await ledger.returnDraws(record.id);
    throw wrongState(record.id, outcome.state, 'completed');
  }

  return withVouchers(outcome);
}
