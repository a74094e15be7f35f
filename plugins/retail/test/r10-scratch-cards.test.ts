import { describe, expect, it } from 'vitest';
import { drawScratchCard, scratchCardPool, type PrizeLeft } from '../src/index.js';
import type { Prize } from '../src/generated/scratch-card.js';
import { receipt, registry, rewarded, runTemplate } from './support.js';

const ON_12_NOV = '2026-11-12T10:00:00+08:00';
const prizes = registry.template('retail.scratch-cards')?.defaults.prizes as Prize[];
const cards = (lines: Parameters<typeof receipt>[1]) =>
  rewarded(runTemplate('scratch-cards', receipt(ON_12_NOV, lines)), 'retail.scratch-card');

/** A small deterministic generator, so that a whole run of draws can be replayed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('R10 scratch cards: one per receipt ≥ 11, drawn evenly from the prizes left', () => {
  it("the template's prize list is worth 6,293.00 over 2,029 cards", () => {
    expect(scratchCardPool(prizes)).toEqual({ cards: 2029, value: 629300 });
    expect(prizes.map((p) => [p.prize, p.quantity, p.value])).toEqual([
      ['phone', 1, 111100],
      ['supermarket-card', 2, 11100],
      ['vacuum-flask', 6, 6000],
      ['tissues', 20, 3000],
      ['small-gift', 2000, 200],
    ]);
  });

  it('a receipt of 11.00 gets one card; 10.99 none', () => {
    expect(cards([{ unitPrice: 1100 }])).toBe(1);
    expect(cards([{ unitPrice: 1099 }])).toBe(0);
    expect(cards([{ unitPrice: 500000 }])).toBe(1);
  });

  it('add-on payments do not count toward the 11.00', () => {
    expect(
      cards([{ unitPrice: 1000 }, { unitPrice: 100, attributes: { addOn: 'lollipops' } }]),
    ).toBe(0);
  });

  it('the reward lists the pool, so the draw needs nothing else', () => {
    const result = runTemplate('scratch-cards', receipt(ON_12_NOV, [{ unitPrice: 1100 }]));

    expect(result.benefits[0]?.reward?.details).toMatchObject({ cards: 2029, value: 629300 });
  });

  it('2,029 cards pay out exactly the pool; the 2,030th wins nothing', () => {
    const random = seeded(20261111);
    let pool: PrizeLeft[] = prizes.map((p) => ({ prize: p.prize, left: p.quantity }));
    const won = new Map<string, number>();
    for (let card = 0; card < 2029; card += 1) {
      const draw = drawScratchCard(pool, random());
      pool = draw.pool;
      if (draw.prize) won.set(draw.prize, (won.get(draw.prize) ?? 0) + 1);
    }

    expect(Object.fromEntries(won)).toEqual({
      phone: 1,
      'supermarket-card': 2,
      'vacuum-flask': 6,
      tissues: 20,
      'small-gift': 2000,
    });
    expect(drawScratchCard(pool, random()).prize).toBeUndefined();
  });

  it('draws evenly over the units left: a ticket picks its prize by position', () => {
    const pool = [
      { prize: 'a', left: 1 },
      { prize: 'b', left: 3 },
    ];

    expect(drawScratchCard(pool, 0).prize).toBe('a');
    expect(drawScratchCard(pool, 0.25).prize).toBe('b');
    expect(drawScratchCard(pool, 0.999).prize).toBe('b');
    expect(drawScratchCard(pool, 0).pool).toEqual([
      { prize: 'a', left: 0 },
      { prize: 'b', left: 3 },
    ]);
    expect(pool[0]?.left).toBe(1);
  });
});
