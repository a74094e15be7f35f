import type {
  BlockUse,
  CampaignDocument,
  ConditionNode,
  TimeWindow,
} from '@campaign-studio/engine';
import {
  ALL_LINES,
  intersect,
  type Benefit,
  type CampaignPlan,
  type Filter,
  type RulePlan,
  type Span,
} from './campaign-plan.js';

/**
 * Shanghai has kept UTC+8 without daylight saving since 1991, so a local date-time of the
 * workload's campaigns is that wall time at +08:00.
 */
const SHANGHAI = 'Asia/Shanghai';

function localMs(local: string): number {
  const dateTime = local.length === 10 ? `${local}T00:00` : local;

  return Date.parse(`${dateTime.length === 16 ? `${dateTime}:00` : dateTime}+08:00`);
}

function span(window: TimeWindow): Span {
  if ('firstDay' in window) {
    return [localMs(window.firstDay), localMs(window.lastDay) + 86_400_000];
  }

  return [localMs(window.start), localMs(window.end)];
}

function filterOf(params: Record<string, unknown>): Filter | undefined {
  const lines = params.lines as
    { categories?: string[]; excludeSpecialPrice?: boolean } | undefined;
  if (!lines) return undefined;
  const unknown = Object.keys(lines).filter(
    (key) => key !== 'categories' && key !== 'excludeSpecialPrice',
  );
  if (unknown.length > 0)
    throw new Error(`lines filter field ${unknown.join(', ')} is not supported`);

  return {
    ...(lines.categories && { categories: lines.categories }),
    excludeSpecialPrice: lines.excludeSpecialPrice ?? false,
  };
}

function leaves(node: ConditionNode | undefined): BlockUse[] {
  if (!node) return [];
  if ('block' in node) return [node];
  if ('all' in node) return node.all.flatMap(leaves);

  throw new Error('only `all` condition groups are supported by the comparison evaluators');
}

function benefitOf(use: BlockUse): Benefit {
  const p = use.params as Record<string, number> & Record<string, unknown>;
  const filter = filterOf(use.params);
  const withFilter = <T extends object>(benefit: T) => (filter ? { ...benefit, filter } : benefit);
  switch (use.block) {
    case 'core.amount-off':
      return withFilter({ kind: 'amount-off', amount: p.amount as number });
    case 'core.every-full-amount-off':
      return withFilter({
        kind: 'every-full',
        every: p.every as number,
        amount: p.amount as number,
        maxTimes: (p.maxTimes as number | undefined) ?? Number.POSITIVE_INFINITY,
      });
    case 'core.order-percent-off':
      return withFilter({ kind: 'order-percent', percentOff: p.percentOff as number });
    case 'core.line-percent-off':
      return withFilter({ kind: 'line-percent', percentOff: p.percentOff as number });
    default:
      throw new Error(`benefit block ${use.block} is not supported by the comparison evaluators`);
  }
}

function rulePlan(rule: NonNullable<CampaignDocument['rules']>[number]): RulePlan {
  const [benefitUse, ...more] = rule.then;
  if (!benefitUse || more.length > 0)
    throw new Error(`rule ${rule.id}: exactly one benefit expected`);
  const benefit = benefitOf(benefitUse);
  const plan: RulePlan = {
    id: rule.id,
    stage: benefit.kind === 'line-percent' ? 'line' : 'order',
    tiers: [],
    windows: [],
    amounts: [],
    matched: ALL_LINES,
    benefit,
  };
  for (const leaf of leaves(rule.when)) {
    const params = leaf.params;
    if (leaf.block === 'core.customer-tier') plan.tiers.push(params.tiers as string[]);
    else if (leaf.block === 'core.time-window') {
      const windows = params.windows as { start: string; end: string }[];
      plan.windows.push(windows.map(({ start, end }) => [localMs(start), localMs(end)] as const));
    } else if (leaf.block === 'core.order-amount') {
      const filter = filterOf(params) ?? ALL_LINES;
      plan.amounts.push({
        filter,
        min: params.min as number,
        exclusive: params.exclusive === true,
      });
      plan.matched = intersect(plan.matched, filter);
    } else throw new Error(`condition block ${leaf.block} is not supported`);
  }

  return plan;
}

/** Reads a workload campaign; throws for what the comparison evaluators do not model. */
export function readCampaign(document: CampaignDocument): CampaignPlan {
  if ((document.timezone ?? SHANGHAI) !== SHANGHAI)
    throw new Error(`${document.id}: zone must be ${SHANGHAI}`);
  if (document.phases || document.stacking?.exclusiveGroup) {
    throw new Error(`${document.id}: phases and exclusive groups are not modelled`);
  }
  const plan: CampaignPlan = {
    id: document.id,
    priority: document.stacking?.priority ?? 100,
    selection: document.ruleSelection ?? 'all',
    rules: (document.rules ?? []).map(rulePlan),
  };
  if (document.scope?.channels) plan.channels = document.scope.channels;
  if (document.scope?.branches) plan.branches = document.scope.branches;
  if (document.window) plan.window = span(document.window);

  return plan;
}
