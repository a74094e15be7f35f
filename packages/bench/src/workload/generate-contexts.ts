import type { EvaluationContext, OrderLine } from '@campaign-studio/engine';
import {
  BRANCHES,
  BRANDS,
  CATEGORIES,
  CHANNELS,
  FIRST_INSTANT_MS,
  LAST_INSTANT_MS,
  TIERS,
} from './catalog.js';
import { Random } from './random.js';

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** An instant written the way checkout systems in Shanghai send it: `…T10:23:45.120+08:00`. */
export function shanghaiInstant(epochMs: number): string {
  return new Date(epochMs + SHANGHAI_OFFSET_MS).toISOString().replace('Z', '+08:00');
}

/** Mostly everyday prices, some mid-range, a few appliances; always ending in .90. */
function unitPrice(random: Random): number {
  const yuan = random.weighted<[number, number]>([
    [[9, 99], 40],
    [[100, 499], 45],
    [[500, 2999], 15],
  ]);

  return random.int(yuan[0], yuan[1]) * 100 + 90;
}

function line(random: Random, index: number): OrderLine {
  const result: OrderLine = {
    id: `l${index + 1}`,
    sku: `sku-${random.int(1, 5_000)}`,
    unitPrice: unitPrice(random),
    quantity: random.weighted([
      [1, 70],
      [2, 20],
      [3, 10],
    ]),
    category: random.pick(CATEGORIES),
    brand: random.pick(BRANDS),
  };
  if (random.chance(0.12)) result.specialPrice = true;

  return result;
}

function context(random: Random): EvaluationContext {
  return {
    instant: shanghaiInstant(random.int(FIRST_INSTANT_MS, LAST_INSTANT_MS)),
    channel: random.pick(CHANNELS),
    branchId: random.pick(BRANCHES),
    customer: {
      id: `u${random.int(1, 100_000)}`,
      tier: random.weighted([
        [TIERS[0], 15],
        [TIERS[1], 30],
        [TIERS[2], 55],
      ]),
    },
    lines: Array.from({ length: random.int(1, 30) }, (_, index) => line(random, index)),
  };
}

/** `count` carts of 1–30 lines (about 15 on average) drawn from the seed. */
export function generateContexts(seed: number, count: number): EvaluationContext[] {
  const random = new Random(seed);

  return Array.from({ length: count }, () => context(random));
}
