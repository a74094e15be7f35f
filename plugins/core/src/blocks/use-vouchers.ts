import { defineBlock, endOfMonthsValidity, type EvaluationView } from '@campaign-studio/sdk';
import schema from '../../schemas/use-vouchers.json';
import type { UseVouchersParams } from '../generated/use-vouchers.js';
import { chooseVouchers, type UsableVoucher } from '../lib/choose-vouchers.js';
import { amountOf, eligibleLines, idsOf } from '../lib/line-filter.js';
import { yuan } from '../lib/yuan.js';

/**
 * Vouchers as a tender: for every full `per` of the eligible amount (after order reductions)
 * the order may use `allowance` of vouchers, each used whole with no change given. The engine
 * picks the held vouchers with the largest total within the allowance.
 */
export const useVouchers = defineBlock<UseVouchersParams>({
  id: 'core.use-vouchers',
  kind: 'benefit',
  stage: 'tender',
  group: 'tender',
  label: { 'zh-CN': '用券抵扣', en: 'Pay with vouchers' },
  description: {
    'zh-CN': '每满一定金额可用一定面额的券，整张使用不找零',
    en: 'Vouchers up to an allowance per full amount, each used whole, no change given',
  },
  paramsSchema: schema,
  examples: [{ kinds: ['ecommerce.egg-voucher'], per: 150000, allowance: 10000 }],
  compile({ kinds, per, allowance, validityMonths, lines: filter }, { timezone }) {
    const usableNow = (view: EvaluationView): UsableVoucher[] => {
      const now = view.local.epochMs;
      return (view.context.vouchers ?? [])
        .filter((held) => kinds.includes(held.kind) && view.instrumentAvailable(held.id))
        .map((held) => ({
          id: held.id,
          kind: held.kind,
          value: held.value,
          issuedMs: Date.parse(held.issuedAt),
          expiresAtMs: held.expiresAt
            ? Date.parse(held.expiresAt)
            : validityMonths
              ? endOfMonthsValidity(held.issuedAt, validityMonths, timezone)
              : Number.POSITIVE_INFINITY,
        }))
        .filter((held) => held.issuedMs <= now && now < held.expiresAtMs)
        .map(({ issuedMs: _issued, ...voucher }) => voucher);
    };

    return ({ view, lineIds }) => {
      const lines = eligibleLines(view.lines, lineIds, filter);
      const eligible = amountOf(lines);
      const cap = Math.min(
        Math.floor(eligible / per) * allowance,
        lines.reduce((sum, line) => sum + line.unpaid, 0),
      );
      if (cap === 0) {
        return {
          none: true,
          expected: `≥ ${yuan(per)}`,
          actual: yuan(eligible),
          message: {
            'zh-CN': `适用金额 ${yuan(eligible)} 不满 ${yuan(per)}，不能用券`,
            en: `eligible amount ${yuan(eligible)} < ${yuan(per)}: no voucher allowed`,
          },
        };
      }
      const chosen = chooseVouchers(usableNow(view), cap);
      if (chosen.length === 0) {
        return {
          none: true,
          expected: `≤ ${yuan(cap)}`,
          actual: '—',
          message: {
            'zh-CN': `没有可用的券（可用额度 ${yuan(cap)}）`,
            en: `no usable voucher within the allowance of ${yuan(cap)}`,
          },
        };
      }

      return {
        stage: 'tender',
        amount: chosen.reduce((sum, voucher) => sum + voucher.value, 0),
        lineIds: idsOf(lines),
        instruments: chosen.map(({ id, kind, value }) => ({ id, kind, value })),
      };
    };
  },
});
