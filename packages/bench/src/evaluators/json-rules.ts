import type { CampaignDocument, EvaluationContext } from '@campaign-studio/engine';
import {
  Engine,
  type Almanac,
  type RuleProperties,
  type TopLevelCondition,
} from 'json-rules-engine';
import {
  byPriority,
  intersect,
  type CampaignPlan,
  type Filter,
  type RulePlan,
  type Stage,
} from '../plan/campaign-plan.js';
import { readCampaign } from '../plan/read-campaign.js';
import type { Answer, Evaluator, EvaluatorKind } from './evaluator.js';
import { RunningOrder } from './running-order.js';

/** A condition inside an `all` or `any` group (the library does not export this type). */
type NestedCondition = Extract<TopLevelCondition, { all: unknown }>['all'][number];

interface RuleRef {
  campaign: string;
  rule: string;
}

/**
 * Our campaigns as json-rules-engine rules, used as that library intends: facts for what the
 * conditions read (a dynamic, uncached `eligibleAmount` fact with the line filter as params,
 * because the running amount changes as benefits apply), a named condition per campaign scope,
 * priorities for the order of application, and event handlers that compute the money.
 *
 * Priorities carry our stage and campaign order: higher runs first and the library finishes one
 * priority (handlers included) before the next, so every step gets its own priority. An `all`
 * campaign's rules run one per step, each reading what the previous left. A `best` campaign's
 * rules share a step and only record offers; a settle rule one step later applies the best.
 */
function prepare(documents: readonly CampaignDocument[]): Evaluator {
  const plans = documents.map(readCampaign).sort(byPriority);
  const rulesById = new Map<string, RulePlan>();
  const engine = new Engine([], { allowUndefinedFacts: true });

  engine.addFact(
    'eligibleAmount',
    async (params, almanac) => (await orderOf(almanac)).eligibleAmount(params as Filter),
    { cache: false },
  );
  engine.addFact('now', async (_params, almanac) => Date.parse(await almanac.factValue('instant')));

  const steps: Omit<RuleProperties, 'priority'>[][] = [];
  for (const plan of plans) {
    const scope = scopeConditions(plan);
    if (scope.length > 0) engine.setCondition(`scope:${plan.id}`, { all: scope });
  }
  for (const stage of ['line', 'order'] as const satisfies readonly Stage[]) {
    for (const plan of plans) {
      const rules = plan.rules.filter((rule) => rule.stage === stage);
      if (rules.length === 0) continue;
      const scope: NestedCondition[] =
        scopeConditions(plan).length > 0 ? [{ condition: `scope:${plan.id}` }] : [];
      const translated = rules.map((rule) => {
        rulesById.set(key(plan.id, rule.id), rule);
        const event = {
          type: plan.selection === 'best' ? 'offer' : 'apply',
          params: { campaign: plan.id, rule: rule.id } satisfies RuleRef,
        };
        return {
          name: `${plan.id}/${rule.id}`,
          conditions: { all: [...scope, ...ruleConditions(rule)] },
          event,
        };
      });
      if (plan.selection === 'best') {
        steps.push(translated);
        const settle = { type: 'settle', params: { campaign: plan.id } };
        steps.push([{ name: `${plan.id}/settle`, conditions: { all: scope }, event: settle }]);
      } else {
        for (const rule of translated) steps.push([rule]);
      }
    }
  }
  steps.forEach((rules, index) => {
    for (const rule of rules) engine.addRule({ ...rule, priority: steps.length - index });
  });

  engine.on<RuleRef>('apply', async ({ campaign, rule: ruleId }, almanac) => {
    const order = await orderOf(almanac);
    const rule = rulesById.get(key(campaign, ruleId)) as RulePlan;
    const filter = intersect(rule.matched, rule.benefit.filter);
    const value = order.valueOf(rule.benefit, filter);
    if (value <= 0) return;
    order.give(rule.benefit, filter, value);
    order.applied.add(campaign);
  });
  engine.on<RuleRef>('offer', async ({ campaign, rule: ruleId }, almanac) => {
    const order = await orderOf(almanac);
    const rule = rulesById.get(key(campaign, ruleId)) as RulePlan;
    const filter = intersect(rule.matched, rule.benefit.filter);
    const value = order.valueOf(rule.benefit, filter);
    const best = order.offers.get(campaign);
    if (
      value <= 0 ||
      (best && (best.value > value || (best.value === value && best.ruleId < ruleId)))
    )
      return;
    order.offers.set(campaign, { ruleId, value, benefit: rule.benefit, filter });
  });
  engine.on<{ campaign: string }>('settle', async ({ campaign }, almanac) => {
    const order = await orderOf(almanac);
    const best = order.offers.get(campaign);
    if (!best) return;
    order.offers.delete(campaign);
    order.give(best.benefit, best.filter, best.value);
    order.applied.add(campaign);
  });

  return {
    async evaluate(context: EvaluationContext): Promise<Answer> {
      const order = new RunningOrder(context);
      await engine.run({
        instant: context.instant,
        channel: context.channel ?? '',
        branchId: context.branchId ?? '',
        customer: context.customer,
        order,
      });

      return { applied: [...order.applied].sort(), payable: order.payable() };
    },
  };
}

function key(campaign: string, rule: string): string {
  return `${campaign}\u0000${rule}`;
}

async function orderOf(almanac: Almanac): Promise<RunningOrder> {
  return almanac.factValue<RunningOrder>('order');
}

function scopeConditions(plan: CampaignPlan): NestedCondition[] {
  const conditions: NestedCondition[] = [];
  if (plan.channels) conditions.push({ fact: 'channel', operator: 'in', value: plan.channels });
  if (plan.branches) conditions.push({ fact: 'branchId', operator: 'in', value: plan.branches });
  if (plan.window) {
    conditions.push({ fact: 'now', operator: 'greaterThanInclusive', value: plan.window[0] });
    conditions.push({ fact: 'now', operator: 'lessThan', value: plan.window[1] });
  }

  return conditions;
}

function ruleConditions(rule: RulePlan): NestedCondition[] {
  const tiers = rule.tiers.map((list): NestedCondition => ({
    fact: 'customer',
    path: '$.tier',
    operator: 'in',
    value: list,
  }));
  const windows = rule.windows.map((spans): NestedCondition => ({
    any: spans.map(([start, end]) => ({
      all: [
        { fact: 'now', operator: 'greaterThanInclusive', value: start },
        { fact: 'now', operator: 'lessThan', value: end },
      ],
    })),
  }));
  const amounts = rule.amounts.map(({ filter, min, exclusive }): NestedCondition => ({
    fact: 'eligibleAmount',
    params: filter,
    operator: exclusive ? 'greaterThan' : 'greaterThanInclusive',
    value: min,
  }));

  return [...tiers, ...windows, ...amounts];
}

export const jsonRulesEngine: EvaluatorKind = { name: 'json-rules-engine', prepare };
