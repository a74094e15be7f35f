import type { HeldVoucher, OrderLine } from '@campaign-studio/sdk';
import { describe, expect, it } from 'vitest';
import { runTemplate, runTemplates } from './support.js';

const ISSUED = '2026-11-11T10:00:00+08:00';
const voucher = (id: string, value: number, issuedAt = ISSUED): HeldVoucher => ({
  id,
  kind: 'ecommerce.egg-voucher',
  value,
  issuedAt,
});
const THREE_HUNDREDS = [voucher('v1', 10000), voucher('v2', 10000), voucher('v3', 10000)];

function pay(lines: Partial<OrderLine>[], vouchers: HeldVoucher[], instant = ISSUED) {
  return runTemplate('ecommerce.egg-vouchers', {
    instant,
    customer: { id: 'pharmacy-1' },
    lines: lines.map((line, index) => ({
      id: `l${index + 1}`,
      sku: `sku-${index + 1}`,
      unitPrice: 0,
      quantity: 1,
      ...line,
    })),
    vouchers,
  });
}

describe('D2 vouchers: up to 100 per full 1,500 of the eligible amount, used whole', () => {
  it.each([
    [460000, 30000],
    [299900, 10000],
    [149999, 0],
  ])('eligible %i fen holding three 100s → %i used', (amount, used) => {
    const result = pay([{ unitPrice: amount }], THREE_HUNDREDS);

    expect(result.tendered).toBe(used);
    expect(result.discount).toBe(0);
    expect(result.payable).toBe(amount - used);
  });

  it('3,200 of which 800 is special-price: eligible 2,400 → 100', () => {
    const lines = [{ unitPrice: 240000 }, { unitPrice: 80000, specialPrice: true }];
    const result = pay(lines, THREE_HUNDREDS);

    expect(result.tendered).toBe(10000);
    expect(result.lines.map((line) => line.tendered)).toEqual([10000, 0]);
  });

  it('1,499.99 says why no voucher is allowed', () => {
    const result = pay([{ unitPrice: 149999 }], THREE_HUNDREDS);

    expect(result.campaigns[0]?.reason?.message.en).toBe(
      'eligible amount ¥1499.99 < ¥1500.00: no voucher allowed',
    );
  });

  it('picks the largest total within the allowance, each voucher whole', () => {
    const held = [
      voucher('v11', 1100),
      voucher('v50', 5000),
      voucher('v100a', 10000),
      voucher('v100b', 10000),
      voucher('v1111', 111100),
    ];
    // 4,600 allows 300: 100 + 100 + 50 + 11 = 261 is the most that fits.
    const result = pay([{ unitPrice: 460000 }], held);

    expect(result.tendered).toBe(26100);
    expect(result.benefits[0]?.instruments?.map((i) => i.id).sort()).toEqual(
      ['v100a', 'v100b', 'v11', 'v50'].sort(),
    );
  });

  it('between equal totals, uses the vouchers that expire sooner', () => {
    const held = [voucher('late', 10000, '2026-11-20T10:00:00+08:00'), voucher('soon', 10000)];
    const result = pay([{ unitPrice: 150000 }], held, '2026-11-21T10:00:00+08:00');

    expect(result.benefits[0]?.instruments?.map((i) => i.id)).toEqual(['soon']);
  });

  it('a voucher issued 11 Nov is usable through 11 Dec and refused from 12 Dec 00:00', () => {
    const held = [voucher('v1', 10000)];

    expect(pay([{ unitPrice: 150000 }], held, '2026-12-11T23:59:59+08:00').tendered).toBe(10000);
    expect(pay([{ unitPrice: 150000 }], held, '2026-12-12T00:00:00+08:00').tendered).toBe(0);
  });

  it('counts the amount after order reductions', () => {
    // A 1,550.00 order: alone it allows 100 of vouchers; with the shop coupon's 100 off first,
    // 1,450.00 is left, under 1,500, and no voucher may be used.
    const context = (coupons: { id: string; coupon: string }[]) => ({
      instant: ISSUED,
      customer: { id: 'pharmacy-1' },
      lines: [{ id: 'l1', sku: 'sku-1', unitPrice: 155000, quantity: 1 }],
      vouchers: [voucher('v1', 10000)],
      coupons,
    });
    const both = ['ecommerce.tiered-coupons', 'ecommerce.egg-vouchers'];

    expect(runTemplates(both, context([])).tendered).toBe(10000);
    const reduced = runTemplates(both, context([{ id: 'c', coupon: 'shop.100-off-599' }]));
    expect(reduced.discount).toBe(10000);
    expect(reduced.tendered).toBe(0);
    expect(reduced.payable).toBe(145000);
  });
});
