/** V5: days after the invoice day a dealer has to pay *(ours)*. */
export const CREDIT_GRACE_DAYS = 30;

const DAY_MS = 86_400_000;

function epochOf(instant: string, field: string): number {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms) || !/(Z|[+-]\d{2}:?\d{2})$/.test(instant)) {
    throw new RangeError(`${field} must be an ISO 8601 instant with an offset, got "${instant}"`);
  }

  return ms;
}

/** The local calendar day of `epochMs` in `zone`, as a day number (days since 1970-01-01). */
function localDay(epochMs: number, format: Intl.DateTimeFormat): number {
  const parts = format.formatToParts(new Date(epochMs));
  const part = (type: string) => Number(parts.find((each) => each.type === type)?.value);

  return Date.UTC(part('year'), part('month') - 1, part('day')) / DAY_MS;
}

/**
 * V5: whether an invoice is overdue at `now`. The invoice's local day (in `zone`) is day 0;
 * it may be paid through the end of local day `graceDays` and is overdue from 00:00 of the day
 * after, while unpaid. An invoice paid at or before `now` is not overdue; whether it was paid
 * late is `isOverdue(invoicedAt, undefined, paidAt, …)`. Invoiced 1 Nov: 1 Dec 23:59 is day
 * 30, not overdue; 2 Dec 00:00 is day 31, overdue.
 */
export function isOverdue(
  invoicedAt: string,
  paidAt: string | undefined,
  now: string,
  graceDays: number,
  zone: string,
): boolean {
  if (!Number.isInteger(graceDays) || graceDays < 0) {
    throw new RangeError(`graceDays must be a whole number of days ≥ 0, got ${graceDays}`);
  }
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
  } catch {
    throw new RangeError(`zone must be an IANA time zone such as Asia/Shanghai, got "${zone}"`);
  }
  const invoicedMs = epochOf(invoicedAt, 'invoicedAt');
  const nowMs = epochOf(now, 'now');
  if (paidAt !== undefined && epochOf(paidAt, 'paidAt') <= nowMs) return false;

  return localDay(nowMs, format) - localDay(invoicedMs, format) > graceDays;
}
