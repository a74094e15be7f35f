/**
 * Runs `clients` checkout loops for `seconds` against one ledger: each loop redeems (holds) an
 * order and completes it, again and again. Returns pairs per second, latency percentiles and
 * the counts that show whether anything was oversold.
 */
import { randomUUID } from 'node:crypto';
import type { Ledger } from '@campaign-studio/storage';
import { BUDGET_KEY, FLASH_KEY, FLASH_STOCK, orderClaims } from './workload.js';

export interface RedeemRun {
  clients: number;
  pairs: number;
  refused: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Completed orders that took the flash item, and what its counter says was used. */
  flashCompleted: number;
  flashUsed: number;
  budgetUsed: number;
  oversold: boolean;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

export async function runRedeem(
  ledger: Ledger,
  clients: number,
  seconds: number,
  firstOrder: number,
): Promise<RedeemRun> {
  let next = firstOrder;
  let refused = 0;
  let flashCompleted = 0;
  const latencies: number[] = [];
  const flashBefore = (await ledger.counters([FLASH_KEY])).get(FLASH_KEY)?.used ?? 0;
  const budgetBefore = (await ledger.counters([BUDGET_KEY])).get(BUDGET_KEY)?.used ?? 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  const paidAt = new Date('2026-11-11T20:00:00+08:00');

  async function client(): Promise<void> {
    while (performance.now() < until) {
      const order = next++;
      const id = randomUUID();
      const begin = performance.now();
      const held = await ledger.hold({
        redemptionId: id,
        idempotencyKey: id,
        requestHash: id,
        customerKey: `C-${order}`,
        claims: orderClaims(order),
        expiresAt: new Date(Date.now() + 15 * 60_000),
        answer: { order },
      });
      if (held.status !== 'held') {
        refused += 1;
        continue;
      }
      await ledger.complete(id, { paidAt, paidAmount: 9_900 });
      latencies.push(performance.now() - begin);
      if (order % 10 === 0) flashCompleted += 1;
    }
  }

  await Promise.all(Array.from({ length: clients }, client));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);

  const counters = await ledger.counters([FLASH_KEY, BUDGET_KEY]);
  const flashUsed = (counters.get(FLASH_KEY)?.used ?? 0) - flashBefore;
  const budgetUsed = (counters.get(BUDGET_KEY)?.used ?? 0) - budgetBefore;
  return {
    clients,
    pairs: latencies.length,
    refused,
    perSecond: latencies.length / elapsed,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    flashCompleted,
    flashUsed,
    budgetUsed,
    oversold:
      flashUsed + flashBefore > FLASH_STOCK ||
      flashUsed !== flashCompleted ||
      budgetUsed !== latencies.length * 1_000,
  };
}
