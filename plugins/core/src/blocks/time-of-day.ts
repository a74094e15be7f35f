import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/time-of-day.json';
import type { TimeOfDayParams } from '../generated/time-of-day.js';

/**
 * Every day, inside local windows `[from, until)`: sending hours of a message, a happy hour.
 * `24:00` is midnight at the end of the day; an `until` before `from` runs past midnight.
 */
export const timeOfDay = defineBlock<TimeOfDayParams>({
  id: 'core.time-of-day',
  kind: 'condition',
  group: 'time',
  label: { 'zh-CN': '每日时段', en: 'Time of day' },
  description: {
    'zh-CN': '每天在所列当地时段内（含开始，不含结束）',
    en: 'Every day inside one of the local windows (start included, end not)',
  },
  paramsSchema: schema,
  examples: [{ windows: [{ from: '20:00', until: '24:00' }] }],
  compile({ windows }) {
    const expected = windows.map(({ from, until }) => `[${from}, ${until})`).join(' ');
    const minutes = windows.map(({ from, until }) => ({
      from: minuteOfDay(from),
      until: minuteOfDay(until),
    }));

    return (view) => {
      const [hours = '0', mins = '0'] = view.local.time.split(':');
      const now = Number(hours) * 60 + Number(mins);
      const inside = minutes.some(({ from, until }) =>
        from < until ? now >= from && now < until : now >= from || now < until,
      );
      if (inside) return { passed: true };
      const actual = view.local.time.slice(0, 8);

      return {
        passed: false,
        expected,
        actual,
        message: {
          'zh-CN': `当地时间 ${actual} 不在 ${expected} 内`,
          en: `local time ${actual} is outside ${expected}`,
        },
      };
    };
  },
});

function minuteOfDay(time: string): number {
  const [hours = '0', minutes = '0'] = time.split(':');

  return Number(hours) * 60 + Number(minutes);
}
