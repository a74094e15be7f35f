import { describe, expect, it } from 'vitest';
import { formatParams } from '../../src/lib/format-params.js';

const schema = {
  type: 'object',
  properties: {
    prizes: {
      type: 'array',
      'x-label': { 'zh-CN': '奖品', en: 'Prizes' },
      items: {
        type: 'object',
        properties: {
          name: { type: 'object', 'x-label': { 'zh-CN': '名称', en: 'Name' } },
          value: { type: 'integer', 'x-unit': 'fen', 'x-label': { 'zh-CN': '价值', en: 'Value' } },
        },
      },
    },
  },
};

describe('block params in words', () => {
  const params = { prizes: [{ name: { 'zh-CN': '手机', en: 'Phone' }, value: 111100 }] };

  it('shows a name given in both languages in the shell language only', () => {
    expect(formatParams(params, schema, 'zh-CN')).toBe('奖品 [{ 名称 手机 · 价值 ¥1,111.00 }]');
    expect(formatParams(params, schema, 'en')).toBe('Prizes [{ Name Phone · Value ¥1,111.00 }]');
  });
});
