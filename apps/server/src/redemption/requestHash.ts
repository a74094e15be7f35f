import { createHash } from 'node:crypto';
import type { EvaluationContext } from '@campaign-studio/engine';

/**
 * What makes two redeem calls the same order: the order id, the customer, the lines, the
 * coupons and vouchers presented, the branch and the event. The instant is left out (a retry
 * comes later) and so is `paidToday` (the server may fill it in).
 */
export function requestHash(orderId: string | undefined, context: EvaluationContext): string {
  const { paidToday: _paidToday, ...customer } = context.customer;
  const order = {
    orderId: orderId ?? null,
    branchId: context.branchId ?? null,
    customer,
    lines: context.lines,
    coupons: context.coupons ?? [],
    vouchers: context.vouchers ?? [],
    event: context.event ?? { type: 'order' },
  };

  return createHash('sha256').update(canonicalJson(order)).digest('hex');
}

/** JSON with object keys sorted at every level, so that key order does not change the hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const fields = entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`);
    return `{${fields.join(',')}}`;
  }
  return JSON.stringify(value);
}
