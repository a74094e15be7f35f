import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/event-type.json';
import type { EventTypeParams } from '../generated/event-type.js';

/** What happened: an order (the default), a coupon claim, a recharge, a check-in, … */
export const eventType = defineBlock<EventTypeParams>({
  id: 'core.event-type',
  kind: 'condition',
  group: 'trigger',
  label: { 'zh-CN': '事件类型', en: 'Event type' },
  description: {
    'zh-CN': '当前事件是所列类型之一（未给出事件时视为下单）',
    en: 'The event is one of the types (an order when none is given)',
  },
  paramsSchema: schema,
  examples: [{ types: ['coupon.claim'] }],
  compile({ types }) {
    const expected = types.join(' | ');

    return (view) => {
      const type = view.context.event?.type ?? 'order';
      if (types.includes(type)) return { passed: true };

      return {
        passed: false,
        expected,
        actual: type,
        message: {
          'zh-CN': `事件 ${type} 不是 ${expected}`,
          en: `event ${type} is not ${expected}`,
        },
      };
    };
  },
});
