/** Claims and requests as the engine will send them, for the scenario values. */
import { randomUUID } from 'node:crypto';
import type { HoldRequest, LedgerClaim } from '../../../src/index.js';

export function claim(
  key: string,
  capacity: number,
  amount: number,
  kind = 'stock',
  unit: 'fen' | 'count' = kind === 'budget' || kind === 'budget-share' ? 'fen' : 'count',
): LedgerClaim {
  return { key, kind, unit, capacity, amount, label: { 'zh-CN': key, en: key } };
}

/** A hold of `claims` with fresh ids, expiring in 15 minutes of `now`. */
export function holdOf(
  claims: LedgerClaim[],
  more: Partial<HoldRequest> = {},
  now = new Date(),
): HoldRequest {
  const id = randomUUID();
  return {
    redemptionId: `r-${id}`,
    idempotencyKey: `k-${id}`,
    requestHash: `h-${id}`,
    claims,
    expiresAt: new Date(now.getTime() + 15 * 60_000),
    answer: { order: id },
    ...more,
  };
}

export async function count<T>(outcomes: Promise<{ status: string }>[], status: string) {
  return (await Promise.all(outcomes)).filter((outcome) => outcome.status === status).length;
}
