import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/perk.json';
import type { PerkParams } from '../generated/perk.js';

/**
 * An entitlement with stock (R8: a free drink at a partner shop, a playground visit). The
 * reward carries the stock so that redemption holds one unit of it in the ledger.
 */
export const perk = defineBlock<PerkParams>({
  id: 'retail.perk',
  kind: 'benefit',
  stage: 'reward',
  group: 'reward',
  label: { 'zh-CN': '会员权益', en: 'Perk' },
  description: {
    'zh-CN': '发放一份有库存的权益（饮品、游乐等），领完即止',
    en: 'Grants one unit of a perk with stock (a drink, a visit) while it lasts',
  },
  paramsSchema: schema,
  examples: [{ perk: 'perk.drink', name: { 'zh-CN': '饮品', en: 'Drink' }, stock: 300 }],
  compile({ perk: item, name, stock, value }) {
    return () => ({
      stage: 'reward',
      reward: {
        item,
        quantity: 1,
        label: name,
        ...(value !== undefined && { value }),
        details: { stock },
      },
    });
  },
});
