import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/season.json';
import type { SeasonParams } from '../generated/season.js';
import { isDay, monthOf } from '../lib/calendar.js';

/**
 * Off-season, graduation season: the day the stay, banquet or conference takes place
 * (`event.date`) is in one of the months. A booking made in May for a stay in July is July's.
 * Without `event.date` the local date of the evaluation counts.
 */
export const season = defineBlock<SeasonParams>({
  id: 'hotel.season',
  kind: 'condition',
  group: 'time',
  label: { 'zh-CN': '季节（入住/举办月份）', en: 'Season' },
  description: {
    'zh-CN': '入住、宴会或会议的日期在所列月份内',
    en: 'The day of the stay, banquet or conference is in one of the months',
  },
  paramsSchema: schema,
  examples: [{ months: [7, 8] }],
  compile({ months }) {
    const expected = [...months].sort((a, b) => a - b).join(', ');

    return (view) => {
      const date = view.context.event?.date;
      const day = isDay(date) ? date : view.local.date;
      if (months.includes(monthOf(day))) return { passed: true };

      return {
        passed: false,
        expected: `month ${expected}`,
        actual: day,
        message: {
          'zh-CN': `日期 ${day} 不在 ${expected} 月`,
          en: `${day} is not in month ${expected}`,
        },
      };
    };
  },
});
