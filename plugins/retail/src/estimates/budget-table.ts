import type { LocalizedText } from '@campaign-studio/sdk';
import type { Prize } from '../generated/scratch-card.js';
import { addOnNetCost, type AddOnOffer } from './add-on-net-cost.js';
import { scratchCardPool } from './scratch-card-pool.js';

/** Where a planned line's estimate comes from, when the rules can compute one. */
export type BudgetEstimateSource = 'scratch-card-prizes' | 'add-ons';

export interface BudgetLine {
  id: string;
  name: LocalizedText;
  planned: number;
  estimateFrom?: BudgetEstimateSource;
}

export interface BudgetPlan {
  lines: BudgetLine[];
  /** What the merchants (brands, concessions) carry of the total. */
  merchantsCarry: number;
}

export interface BudgetRow extends BudgetLine {
  estimate?: number;
  /** The estimate exceeds what was planned. */
  over: boolean;
}

export interface BudgetTable {
  rows: BudgetRow[];
  planned: number;
  merchantsCarry: number;
  ownShare: number;
}

/**
 * R12: the plan with the estimate computed from the rules beside each line that has one, a
 * mark on each line whose estimate exceeds its plan, and the totals. Pure: the builder calls it
 * with `scratchCardPool(...).value` and `addOnNetCost(...)` as the estimates.
 */
export function budgetTable(
  plan: BudgetPlan,
  estimates: Partial<Record<BudgetEstimateSource, number>>,
): BudgetTable {
  const rows = plan.lines.map((line): BudgetRow => {
    const estimate = line.estimateFrom ? estimates[line.estimateFrom] : undefined;
    return {
      ...line,
      ...(estimate !== undefined && { estimate }),
      over: estimate !== undefined && estimate > line.planned,
    };
  });
  const planned = rows.reduce((sum, row) => sum + row.planned, 0);

  return {
    rows,
    planned,
    merchantsCarry: plan.merchantsCarry,
    ownShare: planned - plan.merchantsCarry,
  };
}

/** R12's plan: cards 1,000, prizes 8,000, add-ons 1,500, ads 5,000; merchants carry 7,000. */
export const CELEBRATION_BUDGET: BudgetPlan = {
  lines: [
    { id: 'scratch-cards', name: { 'zh-CN': '刮刮卡印制', en: 'Scratch cards' }, planned: 100000 },
    {
      id: 'prizes',
      name: { 'zh-CN': '奖品', en: 'Prizes' },
      planned: 800000,
      estimateFrom: 'scratch-card-prizes',
    },
    {
      id: 'add-ons',
      name: { 'zh-CN': '加价购', en: 'Add-ons' },
      planned: 150000,
      estimateFrom: 'add-ons',
    },
    { id: 'ads', name: { 'zh-CN': '广告宣传', en: 'Advertising' }, planned: 500000 },
  ],
  merchantsCarry: 700000,
};

/**
 * R12 as the builder shows it: the plan beside the estimates computed from the scratch-card
 * prizes (R10's template params) and the add-on offers (R11's).
 */
export function estimateRetailBudget(
  plan: BudgetPlan,
  rules: {
    prizes?: readonly Pick<Prize, 'quantity' | 'value'>[];
    addOns?: readonly AddOnOffer[];
  },
): BudgetTable {
  return budgetTable(plan, {
    ...(rules.prizes && { 'scratch-card-prizes': scratchCardPool(rules.prizes).value }),
    ...(rules.addOns && { 'add-ons': addOnNetCost(rules.addOns) }),
  });
}
