/** Maps what the SQL functions answered to the ledger's outcome types. */
import type {
  CancelOutcome,
  CompleteOutcome,
  HoldOutcome,
  RedemptionState,
  RefundOutcome,
} from './Ledger.js';
import type { FunctionAnswer } from './sqlCalls.js';

export function toHoldOutcome(answer: FunctionAnswer): HoldOutcome {
  const redemptionId = answer.redemptionId as string;
  switch (answer.status) {
    case 'held':
    case 'claimed':
    case 'conflict':
      return { status: answer.status as 'held', redemptionId };
    case 'replayed':
      return {
        status: 'replayed',
        redemptionId,
        state: answer.state as RedemptionState,
        answer: answer.answer,
      };
    default:
      throw new Error(`ledger_hold answered an unknown status ${answer.status}`);
  }
}

function refused(redemptionId: string, answer: FunctionAnswer) {
  return { status: 'refused' as const, redemptionId, state: answer.state as RedemptionState };
}

export function toCompleteOutcome(redemptionId: string, answer: FunctionAnswer): CompleteOutcome {
  if (answer.status === 'refused') return refused(redemptionId, answer);

  const { replayed: _replayed, ...completion } = answer;
  return completion as unknown as CompleteOutcome;
}

export function toCancelOutcome(redemptionId: string, answer: FunctionAnswer): CancelOutcome {
  if (answer.status === 'refused') return refused(redemptionId, answer);
  return { status: 'cancelled', redemptionId, state: answer.state as 'cancelled' | 'expired' };
}

export function toRefundOutcome(redemptionId: string, answer: FunctionAnswer): RefundOutcome {
  if (answer.status === 'refused') return refused(redemptionId, answer);

  const { replayed: _replayed, ...refund } = answer as FunctionAnswer & { returned: [] };
  return {
    ...(refund as unknown as Extract<RefundOutcome, { status: 'refunded' }>),
    paidAmount: Number(refund.paidAmount),
    returned: (refund.returned as { key: string; amount: number }[]).map((entry) => ({
      key: entry.key,
      amount: Number(entry.amount),
    })),
  };
}
