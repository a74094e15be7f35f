import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

type Generator = ReturnType<typeof xoroshiro128plus>;

/**
 * A seeded source of choices. Every workload is drawn from one of these, so the same seed
 * gives the same campaigns and carts on every machine and in every child process.
 */
export class Random {
  private readonly generator: Generator;

  constructor(seed: number) {
    this.generator = xoroshiro128plus(seed);
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return uniformInt(this.generator, min, max);
  }

  /** True with the given probability (0–1), to a resolution of 1 in 10,000. */
  chance(probability: number): boolean {
    return this.int(0, 9_999) < probability * 10_000;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick needs at least one item');

    return items[this.int(0, items.length - 1)] as T;
  }

  /** `count` distinct items, in the order they were drawn. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) {
      chosen.push(...pool.splice(this.int(0, pool.length - 1), 1));
    }

    return chosen;
  }

  /** An item drawn by weight: `[['vip', 15], ['key', 30], …]`. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let ticket = this.int(0, total - 1);
    for (const [item, weight] of entries) {
      if (ticket < weight) return item;
      ticket -= weight;
    }

    throw new RangeError('weighted needs a positive total weight');
  }
}
