export { corePlugin as default, corePlugin } from './plugin.js';
export { filterLines, eligibleLines, amountOf, idsOf } from './lib/line-filter.js';
export type { LineFilter } from './lib/line-filter.js';
export { chooseVouchers } from './lib/choose-vouchers.js';
export type { UsableVoucher } from './lib/choose-vouchers.js';
export { yuan } from './lib/yuan.js';
export { tierBySpend } from './lib/tier-by-spend.js';
export type { SpendTier } from './lib/tier-by-spend.js';
export { splitBudgetByShares } from './lib/split-budget-by-shares.js';
export type { BudgetShare, BudgetShareCap } from './lib/split-budget-by-shares.js';
export { shareFor } from './lib/share-for.js';
export { checkShare } from './lib/check-share.js';
export { settleLeaderboard } from './lib/settle-leaderboard.js';
export type {
  LeaderboardEntry,
  LeaderboardPeriod,
  LeaderboardSettlement,
  Standing,
} from './lib/settle-leaderboard.js';
export { readEventFact } from './lib/read-event-fact.js';
export { campaignCounterKey, prizeCounterKey } from './lib/limit-keys.js';
export { pickPrize } from './lib/pick-prize.js';
export type { DrawPrize, PickedPrize, PickPrizeInput } from './lib/pick-prize.js';
export { drawEvenly } from './lib/draw-evenly.js';
export type { PoolEntry } from './lib/draw-evenly.js';
export { seededRandom } from './lib/seeded-random.js';
export { tierNameZh } from './lib/tier-names.js';
