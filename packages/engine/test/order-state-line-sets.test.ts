import { describe, expect, it } from 'vitest';
import { applyProposal } from '../src/evaluate/apply-proposal.js';
import { OrderState } from '../src/evaluate/order-state.js';
import { toLocalInstant } from '../src/time/index.js';
import type { EvaluationContext, OrderLine } from '../src/types/index.js';

const INSTANT = '2026-11-11T02:00:00Z';

function stateOf(lines: OrderLine[]): OrderState {
  const context: EvaluationContext = { instant: INSTANT, customer: { id: 'c1' }, lines };
  return new OrderState(context, toLocalInstant(INSTANT, 'Asia/Shanghai'));
}

const LINES: OrderLine[] = [
  { id: 'a', sku: 'a', unitPrice: 30000, quantity: 1, category: 'shoes' },
  { id: 'b', sku: 'b', unitPrice: 19900, quantity: 2, category: 'shoes', specialPrice: true },
  { id: 'c', sku: 'c', unitPrice: 12000, quantity: 1, category: 'bags' },
];

describe('line sets worked out when read', () => {
  it('follow reductions and their rollback, each set over its own lines', () => {
    const state = stateOf(LINES);
    const shoes = state.lineSet('shoes', (line) => line.category === 'shoes');
    const regular = state.lineSet('regular', (line) => !line.specialPrice);
    expect([shoes.amount, regular.amount]).toEqual([69800, 42000]);

    const mark = state.mark();
    // 100.00 off the regular lines, by their amounts: 300 : 120 gives 71.43 and 28.57.
    const applied = applyProposal(state, {
      stage: 'order',
      amount: 10000,
      lineIds: regular.ids,
    });
    expect(applied.lines).toEqual([
      { lineId: 'a', amount: 7143 },
      { lineId: 'c', amount: 2857 },
    ]);
    expect([shoes.amount, regular.amount]).toEqual([62657, 32000]);

    state.rollback(mark);
    expect([shoes.amount, regular.amount]).toEqual([69800, 42000]);
  });

  it('hand out the same set, ids array included, for the same key', () => {
    const state = stateOf(LINES);
    const first = state.lineSet('bags', (line) => line.category === 'bags');
    const again = state.lineSet('bags', () => false);

    expect(again).toBe(first);
    expect(state.linesOf(first.ids).map((line) => line.line.id)).toEqual(['c']);
    expect(state.linesOf(['c', 'missing', 'a']).map((line) => line.line.id)).toEqual(['c', 'a']);
  });
});
