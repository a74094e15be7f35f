/** Server issues placed on form fields, and a day range read in Shanghai time. */
import { describe, expect, it } from 'vitest';
import { dayRangeToInstants } from '../../src/lib/day-range.js';
import { fieldErrors } from '../../src/lib/field-errors.js';

describe('server issues on form fields', () => {
  const issues = [
    {
      path: '/password',
      field: 'password',
      message: { 'zh-CN': '密码至少 8 位', en: 'too short' },
    },
    { path: '/role', message: { 'zh-CN': '总部管理员必须属于总部', en: 'must be in hq' } },
    { path: '/password', message: 'plain text' },
    { path: '', field: 'username', message: { 'zh-CN': '已被使用', en: 'taken' } },
    { path: '', message: 'about the whole request' },
  ];

  it('groups messages by field in the chosen language', () => {
    expect(fieldErrors(issues, 'zh-CN')).toEqual([
      { name: 'password', errors: ['密码至少 8 位', 'plain text'] },
      { name: 'role', errors: ['总部管理员必须属于总部'] },
      { name: 'username', errors: ['已被使用'] },
    ]);
    expect(fieldErrors(issues, 'en')[0]).toEqual({
      name: 'password',
      errors: ['too short', 'plain text'],
    });
  });

  it('puts an issue of a nested path on its first field', () => {
    const nested = [{ path: '/bounds/vipMin/min', message: 'below the floor' }];
    expect(fieldErrors(nested, 'en')).toEqual([{ name: 'bounds', errors: ['below the floor'] }]);
  });
});

describe('day ranges in the campaign zone', () => {
  it('reads 11 Nov as Shanghai midnight to the next midnight', () => {
    expect(dayRangeToInstants('2026-11-11', '2026-11-11')).toEqual({
      from: '2026-11-10T16:00:00.000Z',
      to: '2026-11-11T16:00:00.000Z',
    });
  });

  it('ends a range after its last day, in another zone when asked', () => {
    expect(dayRangeToInstants('2026-12-01', '2026-12-03', 'UTC')).toEqual({
      from: '2026-12-01T00:00:00.000Z',
      to: '2026-12-04T00:00:00.000Z',
    });
  });
});
