const DAY_MS = 86_400_000;

/** Whole calendar days from `from` to `to` (both `YYYY-MM-DD`): 2026-12-01 → 2026-12-31 is 30. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function isDay(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;

  return new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}
