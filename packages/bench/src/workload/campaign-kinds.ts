import type { BlockUse, ConditionNode, Rule } from '@campaign-studio/engine';
import { CATEGORIES, TIERS } from './catalog.js';
import type { Random } from './random.js';

/** The part of a campaign a kind decides: its rules and how they combine. */
export interface CampaignBody {
  kind: string;
  rules: Rule[];
  ruleSelection?: 'all' | 'best';
}

type LineFilter = { categories?: string[]; excludeSpecialPrice?: boolean };

const use = (block: string, params: Record<string, unknown>): BlockUse => ({ block, params });

/** A category subset that leaves out special-price lines most of the time, as shops do. */
function lineFilter(random: Random, storeWideChance: number): LineFilter {
  const filter: LineFilter = {};
  if (!random.chance(storeWideChance)) {
    filter.categories = random.sample(CATEGORIES, random.int(1, 4));
  }
  if (random.chance(0.7)) filter.excludeSpecialPrice = true;

  return filter;
}

function withFilter(params: Record<string, unknown>, filter: LineFilter) {
  return Object.keys(filter).length > 0 ? { ...params, lines: filter } : params;
}

function tierCondition(random: Random): BlockUse {
  return use('core.customer-tier', { tiers: random.sample(TIERS, random.int(1, 2)) });
}

/** 11 Nov from a random hour to midnight, or a few hourly flash sessions on 10–12 Nov. */
function timeCondition(random: Random): BlockUse {
  if (random.chance(0.5)) {
    const hour = String(random.int(0, 20)).padStart(2, '0');
    return use('core.time-window', {
      windows: [{ start: `2026-11-11T${hour}:00`, end: '2026-11-12T00:00' }],
    });
  }
  const windows = Array.from({ length: random.int(2, 4) }, () => {
    const day = random.int(10, 12);
    const hour = random.int(0, 22);
    const at = (h: number) => `2026-11-${day}T${String(h).padStart(2, '0')}:00`;
    return { start: at(hour), end: at(hour + 1) };
  });

  return use('core.time-window', { windows });
}

function when(conditions: ConditionNode[]): ConditionNode | undefined {
  if (conditions.length === 0) return undefined;
  if (conditions.length === 1) return conditions[0];

  return { all: conditions };
}

function rule(id: string, conditions: ConditionNode[], benefit: BlockUse): Rule {
  const condition = when(conditions);

  return condition ? { id, when: condition, then: [benefit] } : { id, then: [benefit] };
}

/** E1: a ladder of thresholds on the eligible subtotal, only the best tier applies. */
function tieredCoupons(random: Random): CampaignBody {
  const scale = random.pick([1, 1, 2, 3]);
  const filter = lineFilter(random, 0.4);
  const tier = random.chance(0.5) ? [tierCondition(random)] : [];
  const ladder: [number, number, boolean][] = [
    [500, 500, true],
    [19900, 2000, false],
    [39900, 5000, false],
    [59900, 10000, false],
  ];
  const rules = ladder
    .slice(random.int(0, 1))
    .map(([min, amount, exclusive]) =>
      rule(
        `tier-${(min * scale) / 100}`,
        [...tier, use('core.order-amount', withFilter({ min: min * scale, exclusive }, filter))],
        use('core.amount-off', { amount: amount * scale }),
      ),
    );

  return { kind: 'tiered', rules, ruleSelection: 'best' };
}

/** R4 / R9: spend at least X on the eligible lines, Y off once. */
function thresholdReduction(random: Random): CampaignBody {
  const min = random.pick([30000, 50000, 40000, 100000]);
  const amount = Math.round((min * random.pick([10, 20, 33])) / 100 / 100) * 100;
  const conditions: ConditionNode[] = [
    use('core.order-amount', withFilter({ min }, lineFilter(random, 0.3))),
  ];
  if (random.chance(0.6)) conditions.unshift(timeCondition(random));

  return {
    kind: 'threshold',
    rules: [rule('reduction', conditions, use('core.amount-off', { amount }))],
  };
}

/** R4's repeating variant: every full X of the eligible lines, Y off, sometimes capped. */
function everyFullReduction(random: Random): CampaignBody {
  const every = random.pick([20000, 30000, 50000]);
  const params: Record<string, unknown> = {
    every,
    amount: Math.round(every / random.pick([3, 5, 10])),
  };
  if (random.chance(0.5)) params.maxTimes = random.int(2, 5);
  const conditions = random.chance(0.6) ? [tierCondition(random)] : [];
  const benefit = use('core.every-full-amount-off', withFilter(params, lineFilter(random, 0.3)));

  return { kind: 'every-full', rules: [rule('every-full', conditions, benefit)] };
}

/** R15 / E3: a percentage off each eligible line, for some tiers or in some hours. */
function linePercent(random: Random): CampaignBody {
  const conditions = random.chance(0.5) ? [tierCondition(random)] : [timeCondition(random)];
  const filter: LineFilter = {
    categories: random.sample(CATEGORIES, random.int(1, 3)),
    excludeSpecialPrice: true,
  };
  const percentOff = random.pick([5, 10, 12, 12.5, 20, 30]);
  const benefit = use('core.line-percent-off', { percentOff, lines: filter });

  return { kind: 'line-percent', rules: [rule('line-percent', conditions, benefit)] };
}

/** A percentage off the eligible subtotal, once it reaches a floor, in a window or a tier. */
function orderPercent(random: Random): CampaignBody {
  const filter = lineFilter(random, 0.5);
  const conditions: ConditionNode[] = [
    random.chance(0.5) ? timeCondition(random) : tierCondition(random),
  ];
  if (random.chance(0.5)) {
    conditions.push(
      use('core.order-amount', withFilter({ min: random.pick([10000, 30000]) }, filter)),
    );
  }
  const benefit = use(
    'core.order-percent-off',
    withFilter({ percentOff: random.pick([5, 8, 12]) }, filter),
  );

  return { kind: 'order-percent', rules: [rule('order-percent', conditions, benefit)] };
}

/** V1-style tier ladders applied one after another (`all`): each reads the running amount. */
function tierSteps(random: Random): CampaignBody {
  const filter = lineFilter(random, 0.5);
  const rules = TIERS.slice(0, random.int(2, 3)).map((tier, index) =>
    rule(
      `${tier}-step`,
      [
        use('core.customer-tier', { tiers: [tier] }),
        use('core.order-amount', withFilter({ min: 10000 * (index + 1) }, filter)),
      ],
      use('core.amount-off', { amount: 1000 * (3 - index) }),
    ),
  );

  return { kind: 'tier-steps', rules, ruleSelection: 'all' };
}

const KINDS: readonly (readonly [(random: Random) => CampaignBody, number])[] = [
  [tieredCoupons, 25],
  [thresholdReduction, 20],
  [everyFullReduction, 15],
  [linePercent, 15],
  [orderPercent, 15],
  [tierSteps, 10],
];

/** One campaign body of a kind drawn by the weights above. */
export function campaignBody(random: Random): CampaignBody {
  return random.weighted(KINDS)(random);
}
