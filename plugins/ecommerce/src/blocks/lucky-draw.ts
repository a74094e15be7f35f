import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/lucky-draw.json';
import type { LuckyDrawParams } from '../generated/lucky-draw.js';

/**
 * E4: one draw for the order. The engine only grants it; the server draws with `drawPrize`
 * and the prizes left in its ledger, recording the seed. The prize table travels in the
 * reward's details so the draw uses this campaign version's quantities and chances.
 */
export const luckyDraw = defineBlock<LuckyDrawParams>({
  id: 'ecommerce.lucky-draw',
  kind: 'benefit',
  stage: 'reward',
  group: 'reward',
  label: { 'zh-CN': '抽奖机会', en: 'Lucky draw' },
  description: {
    'zh-CN': '发放一次抽奖；限量奖品抽完后其概率归不限量奖品',
    en: 'Grants one draw; a prize that runs out gives its chance to the unlimited prize',
  },
  paramsSchema: schema,
  examples: [
    {
      prizes: [
        {
          prize: 'tablet',
          label: { 'zh-CN': '平板电脑', en: 'Tablet' },
          quantity: 10,
          chancePpm: 1000,
        },
      ],
      fallback: { prize: 'shipping-card', label: { 'zh-CN': '包邮卡', en: 'Free-shipping card' } },
    },
  ],
  compile({ prizes, fallback }) {
    const table = {
      prizes: prizes.map(({ prize, quantity, chancePpm }) => ({ prize, quantity, chancePpm })),
      fallback,
    };

    return () => ({
      stage: 'reward',
      reward: {
        item: 'ecommerce.lucky-draw',
        quantity: 1,
        label: { 'zh-CN': '抽奖机会', en: 'Lucky draw' },
        details: table,
      },
    });
  },
});
