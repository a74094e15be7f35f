/**
 * `HeldOrders` keeps what completing needs of a hold, not its answer, and lets ended holds go
 * as new ones come, so that abandoned carts do not stay in memory.
 */
import { describe, expect, it } from 'vitest';
import { HeldOrders } from '../src/caches/heldOrders.js';
import type { RedemptionRecord } from '../src/redemption/redemptionRecords.js';

const MINUTE = 60_000;
const start = Date.parse('2026-11-11T12:00:00Z');
const at = (minutes: number) => new Date(start + minutes * MINUTE);

function held(id: string, expiresAt: Date): RedemptionRecord {
  const context = { instant: at(0).toISOString(), customer: { id: 'c' }, lines: [] };
  return {
    id,
    idempotencyKey: `key-${id}`,
    requestHash: 'hash',
    state: 'held',
    answer: {
      order: { context, excluded: [] },
      response: {
        payable: 9_900,
        expiresAt: expiresAt.toISOString(),
        // The rest of an answer: explanations can make it 100 KB.
        campaigns: Array.from({ length: 200 }, (_, index) => ({ campaignId: `c${index}` })),
      } as unknown as RedemptionRecord['answer']['response'],
    },
  };
}

describe('HeldOrders', () => {
  it('keeps the order, the payable and the end of the hold, not the answer', () => {
    const orders = new HeldOrders();
    orders.remember(held('rd-1', at(15)), at(15), at(0));

    expect(orders.find('rd-1', at(1))).toEqual({
      id: 'rd-1',
      state: 'held',
      answer: {
        order: held('rd-1', at(15)).answer.order,
        response: { payable: 9_900, expiresAt: at(15).toISOString() },
      },
    });
  });

  it('answers nothing for an ended hold, and drops ended holds as new ones come', () => {
    const orders = new HeldOrders();
    for (const [id, minute] of [
      ['rd-1', 0],
      ['rd-2', 1],
      ['rd-3', 2],
    ] as const) {
      orders.remember(held(id, at(minute + 15)), at(minute + 15), at(minute));
    }
    expect(orders.find('rd-1', at(15))).toBeUndefined();

    orders.remember(held('rd-4', at(31)), at(31), at(16.5));
    expect(orders.size).toBe(2);
    expect(orders.find('rd-3', at(16.5))?.id).toBe('rd-3');
    orders.forget('rd-3');
    expect(orders.find('rd-3', at(16.5))).toBeUndefined();
  });
});
