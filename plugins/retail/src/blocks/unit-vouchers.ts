import { yuan } from '@campaign-studio/plugin-core';
import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/unit-vouchers.json';
import type { UnitVouchersParams } from '../generated/unit-vouchers.js';
import { eligibleRetailLines, unitAmounts } from '../lib/retail-lines.js';

/**
 * 满千返百: each unit returns one voucher for every full `per` of its own price, without cap. A
 * unit is priced on its running amount, so flash prices and line discounts count; two TVs of
 * 3,299.00 return 3 vouchers each. The vouchers are a reward with their face value.
 */
export const unitVouchers = defineBlock<UnitVouchersParams>({
  id: 'retail.unit-vouchers',
  kind: 'benefit',
  stage: 'reward',
  group: 'reward',
  label: { 'zh-CN': '单件满额返券', en: 'Vouchers per unit price' },
  description: {
    'zh-CN': '单件商品价格每满一定金额返一张券，不封顶',
    en: "Returns a voucher for every full amount of a unit's price, without cap",
  },
  paramsSchema: schema,
  examples: [
    { per: 100000, voucher: 10000, kind: 'retail.return-voucher', lines: { categories: ['tv'] } },
  ],
  compile({ per, voucher, kind, lines: filter }) {
    return ({ view, lineIds }) => {
      const perLine = eligibleRetailLines(view.lines, lineIds, filter)
        .map((line) => ({
          lineId: line.line.id,
          vouchers: unitAmounts(line, 'after-line-changes').reduce(
            (sum, unit) => sum + Math.floor(unit / per),
            0,
          ),
        }))
        .filter((line) => line.vouchers > 0);
      const count = perLine.reduce((sum, line) => sum + line.vouchers, 0);
      if (count === 0) {
        return {
          none: true,
          expected: `≥ ${yuan(per)}`,
          actual: '—',
          message: {
            'zh-CN': `没有单价满 ${yuan(per)} 的参与商品`,
            en: `no eligible unit priced at ${yuan(per)} or more`,
          },
        };
      }

      return {
        stage: 'reward',
        reward: {
          item: kind,
          quantity: count,
          value: count * voucher,
          label: { 'zh-CN': `${yuan(voucher)} 返券`, en: `${yuan(voucher)} voucher` },
          details: { faceValue: voucher, perLine },
        },
      };
    };
  },
});
