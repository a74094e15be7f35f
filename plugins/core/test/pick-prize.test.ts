import { describe, expect, it } from 'vitest';
import { pickPrize, prizeCounterKey, type DrawPrize } from '../src/index.js';

const E4: DrawPrize[] = [
  { id: 'tablet', quantity: 10, chance: 1000 },
  { id: 'steamer', quantity: 50, chance: 5000 },
  { id: 'necklace', quantity: 200, chance: 20000 },
  { id: 'shipping-card-3m', unlimited: true },
];
const R10: DrawPrize[] = [
  { id: 'phone', quantity: 1 },
  { id: 'supermarket-card', quantity: 2 },
  { id: 'vacuum-flask', quantity: 6 },
  { id: 'tissues', quantity: 20 },
  { id: 'small-gift', quantity: 2000 },
];

/** What the 10,000 seeded E4 draws below give: fixed by the seeds, so a change shows. */
const WON_E4 = { 'shipping-card-3m': 9762, necklace: 189, steamer: 42, tablet: 7 };

/** Draws one after another, as the server does at completion, keeping what is left. */
function drawMany(prizes: DrawPrize[], mode: 'chances' | 'even', draws: number) {
  const left = new Map<string, number>();
  const won = new Map<string, number>();
  for (let seed = 1; seed <= draws; seed += 1) {
    const { prize } = pickPrize({ prizes, left, seed: (seed * 2654435761) % 2 ** 32, mode });
    if (prize === undefined) continue;
    won.set(prize, (won.get(prize) ?? 0) + 1);
    const quantity = prizes.find((each) => each.id === prize)?.quantity;
    if (quantity !== undefined) left.set(prize, (left.get(prize) ?? quantity) - 1);
  }
  return { won, left };
}

describe('pickPrize: seeded draws that never give more than what is left', () => {
  it('E4: 10,000 draws never exceed a quantity; what runs out goes to the unlimited prize', () => {
    const { won, left } = drawMany(E4, 'chances', 10_000);

    for (const prize of E4.filter((each) => !each.unlimited)) {
      expect(won.get(prize.id) ?? 0).toBeLessThanOrEqual(prize.quantity ?? 0);
      expect(left.get(prize.id) ?? prize.quantity).toBeGreaterThanOrEqual(0);
    }
    expect([...won.values()].reduce((a, b) => a + b, 0)).toBe(10_000);
    expect(Object.fromEntries(won)).toEqual(WON_E4);
  });

  it('with chances high enough to run out, each limited prize is given exactly its quantity', () => {
    const greedy = E4.map((prize) => (prize.unlimited ? prize : { ...prize, chance: 100_000 }));
    const { won } = drawMany(greedy, 'chances', 10_000);

    expect([won.get('tablet'), won.get('steamer'), won.get('necklace')]).toEqual([10, 50, 200]);
    expect(won.get('shipping-card-3m')).toBe(10_000 - 260);
  });

  it('replays: the same seed and left counts pick the same prize and ticket', () => {
    const left = new Map([['tablet', 3]]);
    const first = pickPrize({ prizes: E4, left, seed: 20261111, mode: 'chances' });

    expect(pickPrize({ prizes: E4, left, seed: 20261111, mode: 'chances' })).toEqual(first);
    expect(first.seed).toBe(20261111);
  });

  it('a prize with nothing left keeps its band: its tickets fall to the unlimited prize', () => {
    // Find a seed whose ticket falls in the tablet band, then empty the tablets.
    let seed = 0;
    while (pickPrize({ prizes: E4, left: new Map(), seed, mode: 'chances' }).prize !== 'tablet') {
      seed += 1;
    }
    const empty = pickPrize({ prizes: E4, left: new Map([['tablet', 0]]), seed, mode: 'chances' });

    expect(empty.prize).toBe('shipping-card-3m');
  });

  it('R10: 2,029 cards give out exactly the pool, and the 2,030th wins nothing', () => {
    const { won, left } = drawMany(R10, 'even', 2029);

    expect(Object.fromEntries(won)).toEqual({
      phone: 1,
      'supermarket-card': 2,
      'vacuum-flask': 6,
      tissues: 20,
      'small-gift': 2000,
    });
    expect(pickPrize({ prizes: R10, left, seed: 7, mode: 'even' }).prize).toBeUndefined();
  });

  it('refuses what cannot be drawn, naming why', () => {
    expect(() => pickPrize({ prizes: E4, left: new Map(), seed: -1, mode: 'chances' })).toThrow(
      /seed must be an integer/,
    );
    expect(() => pickPrize({ prizes: E4, left: new Map(), seed: 1, mode: 'even' })).toThrow(
      /no prize may be unlimited/,
    );
  });

  it('prize counters are keyed per campaign and prize', () => {
    expect(prizeCounterKey('e4', 'tablet')).toBe('campaign:e4:prize:tablet');
  });
});
