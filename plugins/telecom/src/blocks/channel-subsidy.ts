import { yuan } from '@campaign-studio/plugin-core';
import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/channel-subsidy.json';
import type { ChannelSubsidyParams } from '../generated/channel-subsidy.js';

export const CHANNEL_SUBSIDY = 'telecom.activation-subsidy';

/**
 * The activation subsidy the sales channel earns for a new SIM. It is not the subscriber's, but
 * it is part of what a new account is worth, which is why T1's lint counts it.
 */
export const channelSubsidy = defineBlock<ChannelSubsidyParams>({
  id: 'telecom.channel-subsidy',
  kind: 'benefit',
  stage: 'reward',
  group: 'reward',
  label: { 'zh-CN': '渠道激活补贴', en: 'Channel activation subsidy' },
  description: {
    'zh-CN': '新号入网时，发展渠道获得激活补贴',
    en: 'The sales channel earns an activation subsidy for a new subscriber',
  },
  paramsSchema: schema,
  examples: [{ amount: 5000 }],
  compile({ amount }) {
    return ({ view }) => ({
      stage: 'reward',
      reward: {
        item: CHANNEL_SUBSIDY,
        quantity: 1,
        label: { 'zh-CN': `渠道补贴 ${yuan(amount)}`, en: `Channel subsidy ${yuan(amount)}` },
        value: amount,
        details: { channel: view.context.channel ?? 'unknown' },
      },
    });
  },
});
