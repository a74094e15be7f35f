import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/event-fact.json';
import type { EventFactParams } from '../generated/event-fact.js';
import { readEventFact } from '../lib/read-event-fact.js';

/**
 * A fact the event carries meets a test: nights ≥ 2, tenureMonths ≥ 36, fuel one of coal | oil,
 * newUser equals false. Industries that do not sell through a cart describe their trade here.
 */
export const eventFact = defineBlock<EventFactParams>({
  id: 'core.event-fact',
  kind: 'condition',
  group: 'trigger',
  label: { 'zh-CN': '事件字段', en: 'Event fact' },
  description: {
    'zh-CN': '事件中的某个字段满足条件（至少、至多、等于或属于其一）',
    en: 'A fact of the event is at least, at most, equal to or one of given values',
  },
  paramsSchema: schema,
  examples: [
    { fact: 'nights', min: 2 },
    { fact: 'fuel', oneOf: ['coal', 'oil'] },
    { fact: 'newUser', equals: false },
  ],
  compile({ fact, min, max, equals, oneOf }) {
    const tests: string[] = [];
    if (min !== undefined) tests.push(`≥ ${min}`);
    if (max !== undefined) tests.push(`≤ ${max}`);
    if (equals !== undefined) tests.push(`= ${String(equals)}`);
    if (oneOf !== undefined) tests.push(oneOf.join(' | '));
    const expected = tests.join(', ');
    const holds = (value: unknown): boolean => {
      if (min !== undefined && !(typeof value === 'number' && value >= min)) return false;
      if (max !== undefined && !(typeof value === 'number' && value <= max)) return false;
      if (equals !== undefined && value !== equals) return false;
      if (oneOf !== undefined && !oneOf.some((each) => each === value)) return false;
      return true;
    };

    return (view) => {
      const value = readEventFact(view.context, fact);
      if (holds(value)) return { passed: true };
      const actual = value === undefined ? '—' : String(value);

      return {
        passed: false,
        expected: `${fact} ${expected}`,
        actual,
        message: {
          'zh-CN': `事件字段 ${fact} 为 ${actual}，要求 ${expected}`,
          en: `event fact ${fact} is ${actual}, expected ${expected}`,
        },
      };
    };
  },
});
