import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/card-expiry.json';
import type { CardExpiryParams } from '../generated/card-expiry.js';
import { daysBetween, isDay } from '../lib/days-between.js';
import { managerOf } from '../lib/manager.js';

/**
 * B1: a card is valid through `event.card.expiresOn`. From `noticeDays` before that day the
 * customer and the account manager get a notice, once (`event.card.noticeSent` says it went);
 * from the day after, the card is expired. A daily check sends each card through this block.
 */
export const cardExpiry = defineBlock<CardExpiryParams>({
  id: 'bank.card-expiry',
  kind: 'benefit',
  stage: 'reward',
  group: 'customer',
  label: { 'zh-CN': '贵宾卡到期提醒', en: 'Card expiry notice' },
  description: {
    'zh-CN': '贵宾卡到期前若干天（默认30天）通知一次，过期后注销',
    en: 'Notices a card expiring in N days (30 by default), once; expires it after its day',
  },
  paramsSchema: schema,
  examples: [{ noticeDays: 30 }],
  compile({ noticeDays = 30 }) {
    return ({ view }) => {
      const card = view.context.event?.card;
      const facts =
        typeof card === 'object' && card !== null ? (card as Record<string, unknown>) : {};
      const expiresOn = facts.expiresOn;
      if (!isDay(expiresOn)) {
        return {
          none: true,
          expected: 'card.expiresOn',
          actual: '—',
          message: {
            'zh-CN': '事件中没有卡片到期日 card.expiresOn',
            en: 'the event has no card.expiresOn',
          },
        };
      }
      const today = view.local.date;
      const daysLeft = daysBetween(today, expiresOn);
      const details = { grade: facts.grade, expiresOn, daysLeft, ...managerOf(view.context) };
      if (daysLeft < 0) {
        return {
          stage: 'reward',
          reward: {
            item: 'bank.card-expired',
            quantity: 1,
            label: { 'zh-CN': '贵宾卡已到期注销', en: 'VIP card expired' },
            details,
          },
        };
      }
      if (daysLeft <= noticeDays && facts.noticeSent !== true) {
        return {
          stage: 'reward',
          reward: {
            item: 'bank.card-expiry-notice',
            quantity: 1,
            label: {
              'zh-CN': `贵宾卡将于 ${expiresOn} 到期`,
              en: `VIP card expires on ${expiresOn}`,
            },
            details,
          },
        };
      }

      return {
        none: true,
        expected: `≤ ${noticeDays}`,
        actual: String(daysLeft),
        message:
          daysLeft <= noticeDays
            ? { 'zh-CN': '到期通知已发送', en: 'the expiry notice was already sent' }
            : {
                'zh-CN': `距到期还有 ${daysLeft} 天，提前 ${noticeDays} 天通知`,
                en: `${daysLeft} days to expiry; the notice goes ${noticeDays} days before`,
              },
      };
    };
  },
});
