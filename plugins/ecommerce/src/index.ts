export { ecommercePlugin as default, ecommercePlugin } from './plugin.js';
export { freeOrderMoments, SINGLES_DAY_MOMENTS } from './lib/free-order-moments.js';
export type { FreeOrderMoment, MomentSchedule } from './lib/free-order-moments.js';
export { drawPrize } from './lib/draw-prize.js';
export type { DrawOutcome, PrizeLeft } from './lib/draw-prize.js';
export { targetReport } from './reports/target-report.js';
export type { ChannelSales, TargetReport, TargetReportInput } from './reports/target-report.js';
export { FLASH_BOUGHT_ATTRIBUTE } from './lib/flash-units.js';
export { DEPOSIT_ATTRIBUTE } from './lib/held-deposits.js';
