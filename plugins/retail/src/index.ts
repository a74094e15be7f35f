export { retailPlugin as default, retailPlugin } from './plugin.js';
export { scratchCardPool } from './estimates/scratch-card-pool.js';
export type { ScratchCardPool } from './estimates/scratch-card-pool.js';
export { drawScratchCard } from './estimates/draw-scratch-card.js';
export type { PrizeLeft } from './estimates/draw-scratch-card.js';
export { addOnNetCost } from './estimates/add-on-net-cost.js';
export type { AddOnOffer } from './estimates/add-on-net-cost.js';
export { budgetTable, estimateRetailBudget, CELEBRATION_BUDGET } from './estimates/budget-table.js';
export type {
  BudgetEstimateSource,
  BudgetLine,
  BudgetPlan,
  BudgetRow,
  BudgetTable,
} from './estimates/budget-table.js';
export { ATTRIBUTES } from './lib/attributes.js';
export { retailLines, eligibleRetailLines } from './lib/retail-lines.js';
export type { RetailLineFilter } from './lib/retail-lines.js';
export { isOverdue, CREDIT_GRACE_DAYS } from './lib/is-overdue.js';
