import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/grant.json';
import type { GrantParams } from '../generated/grant.js';

/** Gives something that is not money off the order: a gift, a right to claim, points, a card. */
export const grant = defineBlock<GrantParams>({
  id: 'core.grant',
  kind: 'benefit',
  stage: 'reward',
  group: 'reward',
  label: { 'zh-CN': '赠送', en: 'Grant' },
  description: {
    'zh-CN': '发放赠品、领取资格、积分或卡券等非现金权益',
    en: 'Grants a gift, a right to claim, points or a card',
  },
  paramsSchema: schema,
  examples: [{ item: 'gift.tote-bag', quantity: 1, label: { 'zh-CN': '帆布袋', en: 'Tote bag' } }],
  compile({ item, quantity = 1, value, label }) {
    return () => ({
      stage: 'reward',
      reward: { item, quantity, label, ...(value !== undefined && { value: value * quantity }) },
    });
  },
});
