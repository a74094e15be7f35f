import { describe, expect, it } from 'vitest';
import { CREDIT_GRACE_DAYS, isOverdue } from '../src/index.js';
import { receipt, runTemplate } from './support.js';

const ZONE = 'Asia/Shanghai';
const creditOrder = (orderFen: number, facts: Record<string, unknown>, tags = ['dealer:vip']) =>
  runTemplate(
    'dealer-credit',
    receipt('2027-03-15T10:00:00+08:00', [{ unitPrice: orderFen, category: 'fridge' }], {
      customer: { id: 'dealer-018', tags },
      event: { type: 'order', payment: 'credit', ...facts },
    }),
  );
const LEDGER = { outstandingCredit: 800000, regularOrderAmount: 1000000 };
const allowed = (result: ReturnType<typeof creditOrder>) =>
  result.benefits.some((benefit) => benefit.reward?.item === 'retail.credit-sale');

describe('V5 credit sale within one regular order', () => {
  it('8,000.00 outstanding + 2,000.00 = exactly 10,000.00: allowed', () => {
    const result = creditOrder(200000, LEDGER);
    expect(allowed(result)).toBe(true);
    expect(result.payable).toBe(200000);
  });

  it('one fen over is refused, with the figures', () => {
    const result = creditOrder(200001, LEDGER);
    expect(allowed(result)).toBe(false);
    const reason = result.campaigns[0]?.rules[0]?.reason;
    expect(reason?.message.en).toBe(
      'outstanding credit ¥8000.00 + this order ¥2000.01 = ¥10000.01 > one regular order ¥10000.00',
    );
    expect(reason?.message['zh-CN']).toBe(
      '未还赊销 ¥8000.00 + 本单 ¥2000.01 = ¥10000.01，超过一张常规订单 ¥10000.00',
    );
  });

  it('no outstanding credit: a regular order on credit is allowed, more is not', () => {
    expect(allowed(creditOrder(1000000, { ...LEDGER, outstandingCredit: 0 }))).toBe(true);
    expect(allowed(creditOrder(1000001, { ...LEDGER, outstandingCredit: 0 }))).toBe(false);
  });

  it('missing ledger figures, cash payment or a non-VIP dealer: no credit sale', () => {
    const missing = creditOrder(100, { regularOrderAmount: 1000000 });
    expect(allowed(missing)).toBe(false);
    expect(missing.campaigns[0]?.rules[0]?.reason?.message.en).toBe(
      'the event has no credit outstandingCredit (integer fen) to decide a credit sale',
    );
    expect(allowed(creditOrder(100, { ...LEDGER, payment: 'cash' }))).toBe(false);
    expect(allowed(creditOrder(100, LEDGER, ['dealer:regular']))).toBe(false);
  });
});

describe('V5 overdue after a 30-day grace, in Asia/Shanghai local days', () => {
  const INVOICED = '2026-11-01T18:00:00+08:00';
  const overdue = (now: string, paidAt?: string) =>
    isOverdue(INVOICED, paidAt, now, CREDIT_GRACE_DAYS, ZONE);

  it('day 30 (1 Dec, to 23:59:59) is not overdue; day 31 (2 Dec 00:00) is', () => {
    expect(CREDIT_GRACE_DAYS).toBe(30);
    expect(overdue('2026-12-01T00:00:00+08:00')).toBe(false);
    expect(overdue('2026-12-01T23:59:59.999+08:00')).toBe(false);
    expect(overdue('2026-12-02T00:00:00+08:00')).toBe(true);
    // 2 Dec 00:00 in Shanghai is still 1 Dec in UTC: local days count.
    expect(overdue('2026-12-01T16:00:00Z')).toBe(true);
    expect(overdue('2026-12-01T15:59:59Z')).toBe(false);
  });

  it('an invoice made late at night UTC counts from its Shanghai day', () => {
    // 31 Oct 20:00 UTC is 1 Nov 04:00 in Shanghai: day 30 is 1 Dec.
    expect(
      isOverdue('2026-10-31T20:00:00Z', undefined, '2026-12-01T12:00:00+08:00', 30, ZONE),
    ).toBe(false);
  });

  it('paid by now is not overdue; a payment after now does not count yet', () => {
    expect(overdue('2026-12-10T00:00:00+08:00', '2026-11-30T10:00:00+08:00')).toBe(false);
    expect(overdue('2026-12-02T00:00:00+08:00', '2026-12-05T10:00:00+08:00')).toBe(true);
    // Whether it was paid late: judge at the moment of payment.
    expect(overdue('2026-12-05T10:00:00+08:00')).toBe(true);
  });

  it('refuses bad input, naming it', () => {
    expect(() => isOverdue(INVOICED, undefined, '2026-12-01', 30, ZONE)).toThrow(
      'now must be an ISO 8601 instant with an offset, got "2026-12-01"',
    );
    expect(() => isOverdue(INVOICED, undefined, INVOICED, -1, ZONE)).toThrow(
      'graceDays must be a whole number of days ≥ 0, got -1',
    );
    expect(() => isOverdue(INVOICED, undefined, INVOICED, 30, 'Mars/Base')).toThrow(
      'zone must be an IANA time zone such as Asia/Shanghai, got "Mars/Base"',
    );
  });
});
