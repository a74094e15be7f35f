import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/scratch-card.json';
import type { ScratchCardParams } from '../generated/scratch-card.js';
import { scratchCardPool } from '../estimates/scratch-card-pool.js';

/**
 * 刮刮卡 (R10): the receipt earns cards; the draw itself happens when a card is scratched, on
 * the server, from the prizes still left (see `drawScratchCard`). The reward lists the pool so
 * that the draw and the reports need nothing else.
 */
export const scratchCard = defineBlock<ScratchCardParams>({
  id: 'retail.scratch-card',
  kind: 'benefit',
  stage: 'reward',
  group: 'draw',
  label: { 'zh-CN': '刮刮卡', en: 'Scratch card' },
  description: {
    'zh-CN': '每张小票送刮刮卡，每张卡从剩余奖品中等概率抽取',
    en: 'Scratch cards per receipt; each card draws evenly from the prizes left',
  },
  paramsSchema: schema,
  examples: [
    {
      cards: 1,
      prizes: [
        { prize: 'phone', name: { 'zh-CN': '手机', en: 'Phone' }, quantity: 1, value: 111100 },
      ],
    },
  ],
  compile({ cards = 1, prizes }) {
    const pool = scratchCardPool(prizes);

    return () => ({
      stage: 'reward',
      reward: {
        item: 'retail.scratch-card',
        quantity: cards,
        label: { 'zh-CN': '刮刮卡', en: 'Scratch card' },
        details: { prizes: prizes.map(({ prize, quantity }) => ({ prize, quantity })), ...pool },
      },
    });
  },
});
