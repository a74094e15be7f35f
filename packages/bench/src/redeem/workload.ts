/**
 * One redeem-and-complete pair of the benchmark: an order of a Singles' Day campaign that
 * takes from its budget, from the stock of one of 20 items, once from the customer's own cap,
 * and (every 10th order) a unit of a flash item whose stock runs out during the run.
 */
import type { LedgerClaim } from '@campaign-studio/storage';

export const FLASH_KEY = 'campaign:BENCH:stock:FLASH:2026-11-11T20';
export const FLASH_STOCK = 200;
export const BUDGET_KEY = 'campaign:BENCH:budget';

const label = (text: string) => ({ 'zh-CN': text, en: text });

export function orderClaims(order: number): LedgerClaim[] {
  const claims: LedgerClaim[] = [
    {
      key: BUDGET_KEY,
      kind: 'budget',
      unit: 'fen',
      capacity: 1_000_000_000_000,
      amount: 1_000,
      label: label('budget'),
    },
    {
      key: `campaign:BENCH:stock:SKU-${order % 20}`,
      kind: 'stock',
      unit: 'count',
      capacity: 10_000_000,
      amount: 1,
      label: label('stock'),
    },
    {
      key: `campaign:BENCH:per-customer:C-${order}`,
      kind: 'per-customer',
      unit: 'count',
      capacity: 1,
      amount: 1,
      label: label('once per customer'),
    },
  ];
  if (order % 10 === 0) {
    claims.push({
      key: FLASH_KEY,
      kind: 'stock',
      unit: 'count',
      capacity: FLASH_STOCK,
      amount: 1,
      label: label('flash item'),
    });
  }
  return claims;
}
