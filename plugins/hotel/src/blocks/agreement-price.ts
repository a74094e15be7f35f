import { yuan } from '@campaign-studio/plugin-core';
import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/agreement-price.json';
import type { AgreementPriceParams } from '../generated/agreement-price.js';

const KIND_NAMES = {
  cash: { 'zh-CN': '现金协议', en: 'cash agreement' },
  charge: { 'zh-CN': '挂账协议', en: 'charge-to-account agreement' },
} as const;

/**
 * H4: a company with an agreement pays the agreement price of each room type instead of the
 * rack rate. The event says which agreement (`agreement: cash | charge`); charging to the
 * account also needs the unused credit limit (`creditLeft`, fen) to cover the whole stay at the
 * agreement price (V5's rule: outstanding credit plus this order within the limit).
 */
export const agreementPrice = defineBlock<AgreementPriceParams>({
  id: 'hotel.agreement-price',
  kind: 'benefit',
  stage: 'line',
  group: 'price',
  label: { 'zh-CN': '协议客户价', en: 'Agreement price' },
  description: {
    'zh-CN': '协议单位按协议价入住；挂账协议须有足够的未用信用额度',
    en: 'Agreement companies pay their price; charging to account needs enough credit left',
  },
  paramsSchema: schema,
  examples: [{ agreements: ['cash', 'charge'], prices: [{ roomType: 'standard', price: 48000 }] }],
  compile({ agreements, prices, category = 'room-night' }) {
    const priceOf = new Map(prices.map(({ roomType, price }) => [roomType, price]));

    return ({ view, lineIds }) => {
      const agreement = view.context.event?.agreement;
      if (agreement !== 'cash' && agreement !== 'charge') {
        return {
          none: true,
          expected: agreements.join(' | '),
          actual: typeof agreement === 'string' ? agreement : '—',
          message: { 'zh-CN': '不是协议客户', en: 'not an agreement customer' },
        };
      }
      if (!agreements.includes(agreement)) {
        return {
          none: true,
          expected: agreements.join(' | '),
          actual: agreement,
          message: {
            'zh-CN': `本活动不适用${KIND_NAMES[agreement]['zh-CN']}`,
            en: `a ${KIND_NAMES[agreement].en} does not take part`,
          },
        };
      }

      const allowed = new Set(lineIds);
      const perLine = view.lines
        .filter(({ line }) => allowed.has(line.id) && line.category === category)
        .flatMap(({ line, amount }) => {
          const price = priceOf.get(String(line.attributes?.roomType ?? ''));
          if (price === undefined) return [];
          return [{ lineId: line.id, amount: Math.max(0, amount - price * line.quantity) }];
        });
      const reduction = perLine.reduce((sum, line) => sum + line.amount, 0);
      if (agreement === 'charge') {
        const creditLeft = view.context.event?.creditLeft;
        const due = view.runningAmount() - reduction;
        const left = typeof creditLeft === 'number' ? creditLeft : 0;
        if (left < due) {
          return {
            none: true,
            expected: `≥ ${yuan(due)}`,
            actual: yuan(left),
            message: {
              'zh-CN': `挂账额度仅剩 ${yuan(left)}，不足本次 ${yuan(due)}`,
              en: `credit left ${yuan(left)} < this stay's ${yuan(due)}`,
            },
          };
        }
      }
      if (perLine.length > 0) return { stage: 'line', perLine };

      return {
        none: true,
        expected: prices.map(({ roomType }) => roomType).join(' | '),
        actual: '—',
        message: { 'zh-CN': '预订中没有协议房型', en: 'the booking has no agreement room type' },
      };
    };
  },
});
