import { defineBlock, percentOfHalfUp } from '@campaign-studio/sdk';
import schema from '../../schemas/night-percent-off.json';
import type { NightPercentOffParams } from '../generated/night-percent-off.js';
import { isDay, WEEKDAY_NAMES, weekdayOf } from '../lib/calendar.js';

/**
 * H2: room nights on given weekdays at a percentage off the rack rate. Each night is a line of
 * the booking (`category: room-night`, `attributes.night: YYYY-MM-DD`, unit price the rack
 * rate, quantity the rooms); the reduction is rounded half-up per line.
 */
export const nightPercentOff = defineBlock<NightPercentOffParams>({
  id: 'hotel.night-percent-off',
  kind: 'benefit',
  stage: 'line',
  group: 'price',
  label: { 'zh-CN': '指定星期房晚折扣', en: 'Weekday nights off' },
  description: {
    'zh-CN': '入住日为指定星期的房晚按门市价打折，每晚四舍五入到分',
    en: 'Room nights on the given weekdays at a percentage off the rack rate',
  },
  paramsSchema: schema,
  examples: [{ weekdays: [1], percentOff: 30 }],
  compile({ weekdays, percentOff, category = 'room-night' }) {
    const days = [...weekdays].sort();
    const names = (language: 'zh-CN' | 'en') =>
      days.map((day) => WEEKDAY_NAMES[language][day - 1]).join(language === 'en' ? ', ' : '、');

    return ({ view, lineIds }) => {
      const allowed = new Set(lineIds);
      const perLine = view.lines
        .filter(({ line }) => allowed.has(line.id) && line.category === category)
        .filter(({ line }) => {
          const night = line.attributes?.night;
          return isDay(night) && days.includes(weekdayOf(night));
        })
        .map((line) => ({
          lineId: line.line.id,
          amount: percentOfHalfUp(line.listAmount, percentOff),
        }));
      if (perLine.length > 0) return { stage: 'line', perLine };

      return {
        none: true,
        expected: names('en'),
        actual: '—',
        message: {
          'zh-CN': `预订中没有${names('zh-CN')}的房晚`,
          en: `the booking has no room night on ${names('en')}`,
        },
      };
    };
  },
});
