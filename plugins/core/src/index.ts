export { corePlugin as default, corePlugin } from './plugin.js';
export { filterLines, eligibleLines, amountOf, idsOf } from './lib/line-filter.js';
export type { LineFilter } from './lib/line-filter.js';
export { chooseVouchers } from './lib/choose-vouchers.js';
export type { UsableVoucher } from './lib/choose-vouchers.js';
export { yuan } from './lib/yuan.js';
export { tierBySpend } from './lib/tier-by-spend.js';
export type { SpendTier } from './lib/tier-by-spend.js';
