/** An audit entry's diff rendered as field / before / after rows. */
import { describe, expect, it } from 'vitest';
import { diffRows, formatDiffValue, readablePath } from '../../src/lib/audit-diff.js';

describe('audit diff rows', () => {
  it('reads changes by JSON pointer, counting list positions from 1', () => {
    const rows = diffRows([
      {
        op: 'replace',
        path: '/document/rules/0/then/0/params/amount',
        before: 10000,
        after: 12000,
      },
      { op: 'add', path: '/templateParams/note', after: '店庆' },
      { op: 'remove', path: '/document/rules/2', before: { id: 'tier-999' } },
    ]);

    expect(rows).toEqual([
      {
        field: 'document / rules #1 / then #1 / params / amount',
        before: 10000,
        after: 12000,
      },
      { field: 'templateParams / note', before: undefined, after: '店庆' },
      { field: 'document / rules #3', before: { id: 'tier-999' }, after: undefined },
    ]);
  });

  it('shows a status change as one row', () => {
    const rows = diffRows([
      { op: 'replace', path: '/status', before: 'draft', after: 'submitted' },
    ]);

    expect(rows).toEqual([{ field: 'status', before: 'draft', after: 'submitted' }]);
  });

  it('shows a record created whole as one row at the root', () => {
    const after = { username: 'east-2', role: 'marketer' };

    expect(diffRows([{ op: 'add', path: '', after }])).toEqual([
      { field: '—', before: undefined, after },
    ]);
  });

  it('gives no rows for an empty or unreadable diff', () => {
    expect(diffRows([])).toEqual([]);
    expect(diffRows(null)).toEqual([]);
    expect(
      diffRows([
        { op: 'move', path: '/a' },
        { type: 'CHANGE', path: ['a'] },
      ]),
    ).toEqual([]);
  });

  it('names a top-level list position on its own and unescapes pointer segments', () => {
    expect(readablePath('/0/name')).toBe('#1 / name');
    expect(readablePath('/bounds/a~1b/min')).toBe('bounds / a/b / min');
  });

  it('formats values for a table cell', () => {
    expect(formatDiffValue(undefined)).toBe('—');
    expect(formatDiffValue('running')).toBe('running');
    expect(formatDiffValue(5000)).toBe('5000');
    expect(formatDiffValue({ mode: 'bounded', min: 5000 })).toBe('{"mode":"bounded","min":5000}');
    expect(formatDiffValue('x'.repeat(10), 8)).toBe('x'.repeat(10));
    expect(formatDiffValue(['a', 'b', 'c', 'd'], 8)).toBe('["a","b…');
  });
});
