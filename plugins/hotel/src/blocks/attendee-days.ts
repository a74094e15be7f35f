import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/attendee-days.json';
import type { AttendeeDaysParams } from '../generated/attendee-days.js';

/**
 * H6: a conference package is priced per person per day (rooms, meeting room, meals), so its
 * lines' quantity is attendee-days: 30 people for 2 days is 60. The benefits work on them.
 */
export const attendeeDays = defineBlock<AttendeeDaysParams>({
  id: 'hotel.attendee-days',
  kind: 'condition',
  group: 'quantity',
  label: { 'zh-CN': '会议人天数', en: 'Attendee-days' },
  description: {
    'zh-CN': '会议套餐的人天数（人数 × 天数）达到要求',
    en: 'The conference package reaches a number of attendee-days (people × days)',
  },
  paramsSchema: schema,
  examples: [{ min: 50 }],
  compile({ min, category = 'conference-package' }) {
    return (view) => {
      const lines = view.lines.filter(({ line }) => line.category === category);
      const total = lines.reduce((sum, { line }) => sum + line.quantity, 0);
      if (total >= min) return { passed: true, matchedLines: lines.map(({ line }) => line.id) };

      return {
        passed: false,
        expected: `≥ ${min}`,
        actual: String(total),
        message: {
          'zh-CN': `会议套餐共 ${total} 人天，不足 ${min} 人天`,
          en: `${total} attendee-days < ${min}`,
        },
      };
    };
  },
});
