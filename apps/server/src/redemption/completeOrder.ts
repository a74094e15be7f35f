import type { HeldVoucher } from '@campaign-studio/engine';
import { DEFAULT_TIME_ZONE, type Completion } from '@campaign-studio/storage';
import type { AppServices } from '../AppServices.js';
import { paidOrderGrants } from './paidOrderGrants.js';
import type { RedemptionRecord } from './redemptionRecords.js';
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
 */
export async function completeOrder(
  services: AppServices,
  record: RedemptionRecord,
  paidAt: Date,
): Promise<CompleteAnswer> {
  const { ledger } = services;
  const { response, order } = record.answer;
  const live =
    record.state === 'held' && new Date(response.expiresAt).getTime() > services.clock().getTime();
  const grants = live ? await paidOrderGrants(services, record.id, order, paidAt) : [];
  const outcome = await ledger.complete(record.id, {
    paidAt,
    paidAmount: response.payable,
    timeZone: DEFAULT_TIME_ZONE,
    grants,
  });
  if (outcome.status === 'refused') throw wrongState(record.id, outcome.state, 'completed');

  return withVouchers(outcome);
}
