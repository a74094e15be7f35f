/**
 * Runs `clients` checkout loops for `seconds` through the server's redemption procedures (the
 * same tRPC procedures checkout calls, in process): `redemption.redeem` evaluates the order
 * with the ledger's limits and holds its claims, `redemption.complete` re-reads it, grants and
 * completes. Returns the same figures as the ledger-only runs, from the full path's counters.
 */
import type { OpenedServices } from './openServices.js';
import type { RedeemRun } from './runRedeem.js';
import { percentile } from './runRedeem.js';
import {
  SERVICE_BUDGET,
  SERVICE_BUDGET_KEY,
  SERVICE_FLASH_KEY,
  SERVICE_FLASH_STOCK,
  SERVICE_OFF,
  serviceOrder,
} from './serviceWorkload.js';

const used = async (opened: OpenedServices, key: string) =>
  (await opened.services.ledger.counters([key])).get(key)?.used ?? 0;

export async function runService(
  opened: OpenedServices,
  clients: number,
  seconds: number,
  firstOrder: number,
): Promise<RedeemRun> {
  const { checkout } = opened;
  let next = firstOrder;
  let refused = 0;
  let flashCompleted = 0;
  const latencies: number[] = [];
  const flashBefore = await used(opened, SERVICE_FLASH_KEY);
  const budgetBefore = await used(opened, SERVICE_BUDGET_KEY);
  const started = performance.now();
  const until = started + seconds * 1000;
  const paidAt = '2026-11-11T20:01:00+08:00';

  async function client(): Promise<void> {
    while (performance.now() < until) {
      const order = next++;
      const begin = performance.now();
      let answer;
      try {
        answer = await checkout.redemption.redeem({
          idempotencyKey: `bench-${order}`,
          context: serviceOrder(order),
          explain: false,
        });
      } catch (error) {
        // The flash item running out refuses its orders as a whole: that is the point of it.
        if ((error as { code?: string }).code !== 'PRECONDITION_FAILED') throw error;
        refused += 1;
        continue;
      }
      await checkout.redemption.complete({ redemptionId: answer.redemptionId, paidAt });
      latencies.push(performance.now() - begin);
      if (order % 10 === 0) flashCompleted += 1;
    }
  }

  await Promise.all(Array.from({ length: clients }, client));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);

  const flashUsed = (await used(opened, SERVICE_FLASH_KEY)) - flashBefore;
  const budgetUsed = (await used(opened, SERVICE_BUDGET_KEY)) - budgetBefore;
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
      flashUsed + flashBefore > SERVICE_FLASH_STOCK ||
      flashUsed !== flashCompleted ||
      budgetUsed + budgetBefore > SERVICE_BUDGET ||
      budgetUsed !== latencies.length * SERVICE_OFF,
  };
}
