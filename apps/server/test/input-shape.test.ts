import { describe, expect, it } from 'vitest';
import { inputShapeIssues, MAX_INPUT_DEPTH } from '../src/trpc/inputShapeIssues.js';

describe('inputShapeIssues', () => {
  it('finds nothing in plain input, however wide', () => {
    const lines = Array.from({ length: 500 }, (_, index) => ({ id: `l${index}`, qty: index }));
    expect(inputShapeIssues({ context: { lines, note: 'tab\tand\nbreak' } })).toEqual([]);
  });

  it('names each control character by its pointer, a key as soon as its object is read', () => {
    const issues = inputShapeIssues({
      'a/b': { 'c~d': ['ok', 'x\u0000'] },
      list: [{ name: 'y\u001f' }],
      'key\u0001': 1,
    });
    expect(issues.map((issue) => [issue.path, issue.field, issue.keyword])).toEqual([
      ['/key\u0001', 'keyU+0001', 'control-character'],
      ['/a~1b/c~0d/1', 'c~d', 'control-character'],
      ['/list/0/name', 'name', 'control-character'],
    ]);
    expect(issues[0]?.message.en).toBe(
      'keyU+0001 contains a control character (such as U+0000); use visible text, spaces, ' +
        'tabs and line breaks only',
    );
  });

  it('reports nesting past the limit where it starts, and at most five issues', () => {
    let deep: unknown = 'end';
    for (let level = 0; level < MAX_INPUT_DEPTH + 50; level += 1) deep = { inner: deep };
    const [issue] = inputShapeIssues({ deep });
    expect(issue?.keyword).toBe('max-depth');
    expect(issue?.field).toBe('inner');
    expect(issue?.path).toBe(`/deep${'/inner'.repeat(MAX_INPUT_DEPTH - 1)}`);

    const many = Array.from({ length: 9 }, () => '\u0007');
    expect(inputShapeIssues(many).map((found) => found.path)).toEqual([
      '/0',
      '/1',
      '/2',
      '/3',
      '/4',
    ]);
  });
});
