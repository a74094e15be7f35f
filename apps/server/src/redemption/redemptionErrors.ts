import type { RedemptionState } from '@campaign-studio/storage';
import { localizedError } from '../trpc/LocalizedError.js';

export function redemptionNotFound(redemptionId: string) {
  return localizedError(
    'NOT_FOUND',
    `redemptionId: there is no redemption ${redemptionId}; use the id redeem answered.`,
    `redemptionId：没有核销单 ${redemptionId}，请使用 redeem 返回的编号。`,
    'no-redemption',
  );
}

const STATE_ZH: Record<RedemptionState, string> = {
  held: '预留中',
  completed: '已完成',
  cancelled: '已取消',
  expired: '已过期',
  refunded: '已退款',
};

export type RedemptionStep = 'cancelled' | 'refunded' | 'completed';

const STEP_ZH: Record<RedemptionStep, string> = {
  cancelled: '取消',
  refunded: '退款',
  completed: '完成支付',
};

/** A step the redemption's state does not allow: complete after expiry, refund before paying. */
export function wrongState(redemptionId: string, state: RedemptionState, step: RedemptionStep) {
  return localizedError(
    'CONFLICT',
    `redemptionId: redemption ${redemptionId} is ${state}, so it cannot be ${step}.`,
    `redemptionId：核销单 ${redemptionId} ${STATE_ZH[state]}，不能${STEP_ZH[step]}。`,
    `REDEMPTION_${state.toUpperCase()}`,
  );
}

/** Names no redemption: the caller learns only that its own key is taken. */
export function idempotencyConflict() {
  return localizedError(
    'CONFLICT',
    'idempotencyKey: this key was already used for another order; use a new key for a new order.',
    'idempotencyKey：此幂等键已用于另一笔订单，新订单请用新的键。',
    'IDEMPOTENCY_CONFLICT',
  );
}

export function priceChanged(expected: number, payable: number) {
  const yuan = (fen: number) => (fen / 100).toFixed(2);
  return localizedError(
    'PRECONDITION_FAILED',
    `expectedPayable: the order now costs ${yuan(payable)}, not ${yuan(expected)}; ` +
      'evaluate again and show the customer the new price.',
    `expectedPayable：订单现价 ${yuan(payable)}，不是 ${yuan(expected)}；请重新试算并向顾客展示新价格。`,
    'PRICE_CHANGED',
  );
}
