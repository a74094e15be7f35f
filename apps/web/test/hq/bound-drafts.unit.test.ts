/** Template bounds as HQ edits them: money in yuan on screen, fen on the wire (R7's floors). */
import { describe, expect, it } from 'vitest';
import { fromDraft, paramKind, toDraft } from '../../src/lib/bound-drafts.js';

const money = { type: 'integer', 'x-unit': 'fen' };
const count = { type: 'integer' };
const list = { type: 'array', items: { type: 'object' } };
const text = { type: 'string', enum: ['gold', 'diamond'] };

describe('bound drafts', () => {
  it('tells param kinds apart', () => {
    expect([money, count, list, text, undefined].map(paramKind)).toEqual([
      'money',
      'number',
      'list',
      'value',
      'value',
    ]);
  });

  it("shows R7's HQ floor of 50.00 yuan and stores it as 5000 fen", () => {
    const draft = toDraft({ mode: 'bounded', min: 5000 }, money);

    expect(draft).toEqual({ mode: 'bounded', min: 50, allowed: [], keepItems: false });
    expect(fromDraft({ ...draft, max: 5000 }, money)).toEqual({
      mode: 'bounded',
      min: 5000,
      max: 500000,
    });
  });

  it('keeps counts as they are', () => {
    expect(
      fromDraft({ mode: 'bounded', min: 1, max: 3, allowed: [], keepItems: false }, count),
    ).toEqual({ mode: 'bounded', min: 1, max: 3 });
  });

  it('turns allowed values typed as text into numbers (money into fen)', () => {
    const draft = { mode: 'bounded' as const, allowed: ['50', '99.9'], keepItems: false };

    expect(fromDraft(draft, money)).toEqual({ mode: 'bounded', allowed: [5000, 9990] });
    expect(fromDraft(draft, count)).toEqual({ mode: 'bounded', allowed: [50, 99.9] });
    expect(toDraft({ mode: 'bounded', allowed: [5000, 9990] }, money).allowed).toEqual([
      '50',
      '99.9',
    ]);
  });

  it('keeps enum values as text and leaves unreadable numbers for the server to refuse', () => {
    const allowed = ['gold'];
    expect(fromDraft({ mode: 'bounded', allowed, keepItems: false }, text)).toEqual({
      mode: 'bounded',
      allowed: ['gold'],
    });
    expect(fromDraft({ mode: 'bounded', allowed: ['abc'], keepItems: false }, money)).toEqual({
      mode: 'bounded',
      allowed: ['abc'],
    });
  });

  it('marks a list whose HQ items must stay', () => {
    const draft = toDraft({ mode: 'bounded', keepItems: true }, list);

    expect(draft.keepItems).toBe(true);
    expect(fromDraft(draft, list)).toEqual({ mode: 'bounded', keepItems: true });
  });

  it('drops the range of a locked or free param', () => {
    const draft = { mode: 'locked' as const, min: 50, allowed: ['1'], keepItems: true };

    expect(fromDraft(draft, money)).toEqual({ mode: 'locked' });
    expect(fromDraft({ ...draft, mode: 'free' }, money)).toEqual({ mode: 'free' });
    expect(toDraft(undefined, money)).toEqual({ mode: 'free', allowed: [], keepItems: false });
  });
});
