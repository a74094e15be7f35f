import { drawEvenly } from './draw-evenly.js';
import { seededRandom } from './seeded-random.js';

/** A prize of a draw: a quantity, or the one unlimited prize that takes every other draw. */
export interface DrawPrize {
  id: string;
  quantity?: number;
  unlimited?: boolean;
  /** Chance per million draws (`chances` mode); the unlimited prize has none. */
  chance?: number;
}

export interface PickPrizeInput {
  prizes: readonly DrawPrize[];
  /** What the ledger has left of each prize; a prize it does not list has its whole quantity. */
  left: ReadonlyMap<string, number>;
  seed: number;
  /** `chances`: E4's chance bands; `even`: R10, every unit left equally likely. */
  mode: 'chances' | 'even';
}

/** The prize drawn (none once nothing is left), with the seed and ticket that replay it. */
export interface PickedPrize {
  prize?: string;
  seed: number;
  ticket: number;
}

const MILLION = 1_000_000;

/**
 * One seeded draw, decided when an order is completed. `chances` (E4): the ticket in
 * [0, 1,000,000) falls in the limited prizes' consecutive bands, in order, or else to the
 * unlimited prize; a prize with nothing left keeps its band empty, so its chance goes to the
 * unlimited prize. `even` (R10): a unit of what is left, each equally likely; nothing once the
 * pool is empty. Never picks a prize with nothing left; the same seed and left counts always
 * pick the same prize.
 */
export function pickPrize({ prizes, left, seed, mode }: PickPrizeInput): PickedPrize {
  const random = seededRandom(seed);
  const leftOf = (prize: DrawPrize) => Math.max(0, left.get(prize.id) ?? prize.quantity ?? 0);
  if (mode === 'even') {
    if (prizes.some((prize) => prize.unlimited)) {
      throw new RangeError('an even draw shares out what is left: no prize may be unlimited');
    }
    const pool = prizes.map((prize) => ({ prize: prize.id, left: leftOf(prize) }));
    const total = pool.reduce((sum, entry) => sum + entry.left, 0);
    const prize = drawEvenly(pool, random);
    return { ...(prize !== undefined && { prize }), seed, ticket: Math.floor(random * total) };
  }

  const unlimited = prizes.filter((prize) => prize.unlimited);
  if (unlimited.length > 1) throw new RangeError('at most one prize may be unlimited');
  const bands = prizes.reduce((sum, prize) => sum + (prize.unlimited ? 0 : (prize.chance ?? 0)), 0);
  if (bands > MILLION)
    throw new RangeError(`the chances add up to ${bands} per million, over 1,000,000`);

  const ticket = Math.floor(random * MILLION);
  let start = 0;
  for (const prize of prizes) {
    if (prize.unlimited) continue;
    const end = start + (prize.chance ?? 0);
    if (ticket >= start && ticket < end && leftOf(prize) > 0)
      return { prize: prize.id, seed, ticket };
    start = end;
  }
  const fallback = unlimited[0];

  return { ...(fallback && { prize: fallback.id }), seed, ticket };
}
