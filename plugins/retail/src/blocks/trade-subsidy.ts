import { defineBlock, percentOfHalfUp } from '@campaign-studio/sdk';
import { readEventFact, yuan } from '@campaign-studio/plugin-core';
import schema from '../../schemas/trade-subsidy.json';
import type { TradeSubsidyParams } from '../generated/trade-subsidy.js';

/**
 * V3: a subsidy the store pays a dealer (display allowance, co-op advertising, shelf or window
 * display, demo staff). The reward's `value` is the store's cost, so it counts against the
 * budget like any valued reward; `details` say who pays what. A claimed cost (the dealer's ad
 * invoice, in `event[claimFact]`) is capped at `amount`; the store's share is rounded half-up.
 */
export const tradeSubsidy = defineBlock<TradeSubsidyParams>({
  id: 'retail.trade-subsidy',
  kind: 'benefit',
  stage: 'reward',
  group: 'dealer',
  label: { 'zh-CN': '经销商补贴', en: 'Dealer trade subsidy' },
  description: {
    'zh-CN': '给经销商的陈列、联合广告、货架橱窗、促销员补贴；本店承担部分计入预算',
    en: "A display, co-op advertising, shelf or demo staff subsidy; the store's part is a cost",
  },
  paramsSchema: schema,
  examples: [
    {
      subsidy: 'co-op-advertising',
      name: { 'zh-CN': '联合广告补贴', en: 'Co-op advertising' },
      amount: 1000000,
      storePercent: 50,
    },
  ],
  compile({ subsidy, name, amount, storePercent = 100, claimFact }) {
    return ({ view }) => {
      let total = amount;
      let claimed: number | undefined;
      if (claimFact !== undefined) {
        const fact = readEventFact(view.context, claimFact);
        if (typeof fact !== 'number' || !Number.isInteger(fact) || fact <= 0) {
          return {
            none: true,
            expected: `${claimFact} > 0`,
            actual: fact === undefined ? '—' : String(fact),
            message: {
              'zh-CN': `事件中没有申报金额 ${claimFact}（正整数，单位分）`,
              en: `the event has no claimed cost ${claimFact} (whole fen above 0)`,
            },
          };
        }
        claimed = fact;
        total = Math.min(fact, amount);
      }
      const storePays = percentOfHalfUp(total, storePercent);
      const dealerPays = total - storePays;

      return {
        stage: 'reward',
        reward: {
          item: `retail.trade-subsidy.${subsidy}`,
          quantity: 1,
          label: {
            'zh-CN': `${name['zh-CN']}：本店 ${yuan(storePays)}，经销商 ${yuan(dealerPays)}`,
            en: `${name.en}: store ${yuan(storePays)}, dealer ${yuan(dealerPays)}`,
          },
          value: storePays,
          details: {
            subsidy,
            total,
            storePays,
            dealerPays,
            storePercent,
            ...(claimed !== undefined && { claimed, capped: claimed > amount }),
          },
        },
      };
    };
  },
});
