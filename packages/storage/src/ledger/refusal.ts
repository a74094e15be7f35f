import type { LedgerShortfall } from './Ledger.js';

/** The message `ledger_hold` raises for a refused hold; its detail holds the shortfalls. */
const REFUSED = 'ledger-refused';

/** The shortfalls of a refused hold, or undefined when `error` is anything else. */
export function shortfallsOf(error: unknown): LedgerShortfall[] | undefined {
  if (typeof error !== 'object' || error === null) return undefined;

  const { message, detail } = error as { message?: unknown; detail?: unknown };
  if (message !== REFUSED || typeof detail !== 'string') return undefined;

  return (JSON.parse(detail) as LedgerShortfall[]).map((shortfall) => ({
    ...shortfall,
    need: Number(shortfall.need),
    left: Number(shortfall.left),
    capacity: Number(shortfall.capacity),
  }));
}
