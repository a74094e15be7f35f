import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/total-uses.json';
import type { TotalUsesParams } from '../generated/total-uses.js';
import { campaignCounterKey } from '../lib/limit-keys.js';

/**
 * Orders the campaign may apply to in all: one counter for the campaign, so that many coupon
 * codes of one campaign share it (20 codes, a limit of 5 → 5 uses).
 */
export const totalUses = defineBlock<TotalUsesParams>({
  id: 'core.total-uses',
  kind: 'limit',
  group: 'limit',
  label: { 'zh-CN': '活动总次数', en: 'Uses in all' },
  description: {
    'zh-CN': '活动一共可以用多少次（所有券码共用），用完即止',
    en: 'How many orders the campaign may apply to, shared by all its coupon codes',
  },
  paramsSchema: schema,
  examples: [{ uses: 10 }],
  compile({ uses }) {
    return ({ campaignId }) => [
      {
        key: campaignCounterKey(campaignId, 'uses'),
        kind: 'uses',
        unit: 'count',
        capacity: uses,
        amount: 1,
        label: { 'zh-CN': '活动总次数', en: 'uses of the campaign' },
      },
    ];
  },
});
