import {
  defineBlock,
  parseLocalDateTime,
  type ConditionOutcome,
  type FailureText,
  type LocalInstant,
} from '@campaign-studio/sdk';
import schema from '../../schemas/time-window.json';
import type { TimeWindowParams } from '../generated/time-window.js';

/** Narrows a rule to local windows inside the campaign's schedule, each `[start, end)`. */
export const timeWindow = defineBlock<TimeWindowParams>({
  id: 'core.time-window',
  kind: 'condition',
  group: 'time',
  label: { 'zh-CN': '时间段', en: 'Time window' },
  description: {
    'zh-CN': '在所列当地时间段内（含开始，不含结束）',
    en: 'Inside one of the local windows (start included, end not)',
  },
  paramsSchema: schema,
  examples: [{ windows: [{ start: '2026-11-11T10:00', end: '2026-11-12T00:00' }] }],
  compile({ windows }, { timezone }) {
    const expected = windows
      .map(({ start, end }) => `[${start.replace('T', ' ')}, ${end.replace('T', ' ')})`)
      .join(' ');
    const resolved = windows.map(({ start, end }) => ({
      startMs: parseLocalDateTime(start, timezone),
      endMs: parseLocalDateTime(end, timezone),
    }));

    return (view) => {
      const now = view.local.epochMs;
      for (const { startMs, endMs } of resolved) {
        if (now >= startMs && now < endMs) return { passed: true };
      }

      return new OutsideWindows(expected, view.local);
    };
  },
});

/** Outside every window: kept as data, its words built only when the result is explained. */
class OutsideWindows implements ConditionOutcome {
  readonly passed = false;

  constructor(
    private readonly windows: string,
    private readonly local: LocalInstant,
  ) {}

  explain(): FailureText {
    const { windows: expected, local } = this;
    const actual = `${local.date} ${local.time.slice(0, 8)}`;
    return {
      expected,
      actual,
      message: {
        'zh-CN': `${actual} 不在 ${expected} 内`,
        en: `${actual} is outside ${expected}`,
      },
    };
  }
}
