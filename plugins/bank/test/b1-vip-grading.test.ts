import { describe, expect, it } from 'vitest';
import { event, runTemplate } from './support.js';

const REVIEW = '2026-06-30T20:00:00+08:00';

function review(aum: number, currentGrade?: string) {
  const facts = { type: 'aum.review', aum, accountManager: 'wang.li', currentGrade };
  const result = runTemplate('vip-grading', event(REVIEW, facts, { branchId: 'east' }));

  return result.benefits[0]?.reward;
}

describe('B1 grades by assets: ≥ 50,000 gold, ≥ 500,000 platinum, ≥ 6,000,000 private', () => {
  it.each([
    [4999999, undefined],
    [5000000, 'gold'],
    [49999999, 'gold'],
    [50000000, 'platinum'],
    [599999999, 'platinum'],
    [600000000, 'private'],
  ])('assets of %i fen → %s', (aum, grade) => {
    expect(review(aum)?.details?.grade).toBe(grade);
  });

  it('a new grade issues a card, told to the account manager of the branch', () => {
    expect(review(5000000)).toMatchObject({
      item: 'bank.vip-card',
      label: { en: 'Issue Gold card' },
      details: { grade: 'gold', action: 'issue', accountManager: 'wang.li', branch: 'east' },
    });
  });

  it('a gold customer reaching 500,000 has the card replaced; the same grade gives nothing', () => {
    expect(review(50000000, 'gold')?.details).toMatchObject({
      action: 'replace',
      grade: 'platinum',
      previousGrade: 'gold',
    });
    expect(review(50000000, 'platinum')).toBeUndefined();
  });

  it('49,999.99 explains the floor in yuan', () => {
    const facts = { type: 'aum.review', aum: 4999999 };
    const result = runTemplate('vip-grading', event(REVIEW, facts));

    expect(result.campaigns[0]?.rules[0]?.reason?.message.en).toBe(
      'assets ¥49999.99 < ¥50000.00 for Gold',
    );
  });
});

describe('B1 card expiry: a notice 30 days before, expired after its last day', () => {
  function check(day: string, card: Record<string, unknown>) {
    const context = event(`${day}T01:00:00+08:00`, { type: 'card.check', card });
    const result = runTemplate('vip-grading', context);

    return result.benefits[0]?.reward;
  }
  const card = { grade: 'platinum', expiresOn: '2026-12-31' };

  it('31 days before → nothing yet; 30 days before → the notice', () => {
    expect(check('2026-11-30', card)).toBeUndefined();
    expect(check('2026-12-01', card)).toMatchObject({
      item: 'bank.card-expiry-notice',
      details: { daysLeft: 30, expiresOn: '2026-12-31', grade: 'platinum' },
    });
  });

  it('the notice goes once; the last day is still valid; the day after it is expired', () => {
    expect(check('2026-12-02', { ...card, noticeSent: true })).toBeUndefined();
    expect(check('2026-12-31', { ...card, noticeSent: true })).toBeUndefined();
    expect(check('2027-01-01', { ...card, noticeSent: true })?.item).toBe('bank.card-expired');
  });
});
