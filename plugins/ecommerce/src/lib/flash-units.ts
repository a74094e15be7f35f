import type { EvaluationView, LineView } from '@campaign-studio/sdk';
import type { FlashItem, FlashSaleParams, FlashSession } from '../generated/flash-sale.js';

/** Line attribute: units of this item the customer already bought in the current session. */
export const FLASH_BOUGHT_ATTRIBUTE = 'flashBoughtThisSession';

/** The flash-price units one line takes, and what they save. */
export interface FlashLine {
  lineId: string;
  sku: string;
  units: number;
  price: number;
  stock: number;
  reduction: number;
}

/** The session of the local hour `[h:00, h+1:00)`, if there is one. */
export function currentSession(
  params: FlashSaleParams,
  view: EvaluationView,
): FlashSession | undefined {
  const hour = Number(view.local.time.slice(0, 2));

  return params.sessions.find((session) => session.hour === hour);
}

/**
 * The flash units of each line of a session item: at most `perCustomer` less what the customer
 * already bought this session; further units stay at the price they had. A flash price at or
 * above a unit's running price gives nothing for that unit.
 */
export function flashLines(
  params: FlashSaleParams,
  session: FlashSession,
  lines: readonly LineView[],
): FlashLine[] {
  const bySku = new Map<string, FlashItem>(session.items.map((item) => [item.sku, item]));
  const left = new Map<string, number>();

  return lines.flatMap((line) => {
    const item = bySku.get(line.line.sku);
    if (!item) return [];
    const bought = boughtBefore(line);
    const allowed = left.get(item.sku) ?? Math.max(0, params.perCustomer - bought);
    const units = Math.min(allowed, line.line.quantity);
    left.set(item.sku, allowed - units);
    const reduction = unitAmounts(line)
      .slice(0, units)
      .reduce((sum, unit) => sum + Math.max(0, unit - item.price), 0);
    if (units === 0 || reduction === 0) return [];

    return [
      {
        lineId: line.line.id,
        sku: item.sku,
        units,
        price: item.price,
        stock: item.stock,
        reduction,
      },
    ];
  });
}

function boughtBefore(line: LineView): number {
  const value = line.line.attributes?.[FLASH_BOUGHT_ATTRIBUTE];

  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : 0;
}

/** The running amount of each unit, the odd fen going to the first units. */
function unitAmounts(line: LineView): number[] {
  const { quantity } = line.line;
  const base = Math.floor(line.amount / quantity);
  const extra = line.amount - base * quantity;

  return Array.from({ length: quantity }, (_, i) => base + (i < extra ? 1 : 0));
}
