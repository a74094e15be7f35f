import { spreadByLargestRemainder } from '../money/index.js';
import type { BenefitProposal, LineAmount } from '../types/index.js';
import type { LineState, OrderState } from './order-state.js';

/** What a proposal came to once clamped and spread onto lines. */
export interface AppliedMoney {
  amount: number;
  lines: LineAmount[];
}

/**
 * Applies a benefit's proposal to the state, clamped so that no line and no order goes below
 * zero: line changes per line, order reductions spread by the running amounts, tenders spread
 * by what is still unpaid. Rewards carry no money.
 */
export function applyProposal(state: OrderState, proposal: BenefitProposal): AppliedMoney {
  switch (proposal.stage) {
    case 'line':
      return applyLineChanges(state, proposal.perLine);
    case 'order':
      return spreadOnto(state, proposal.lineIds, proposal.amount, 'order');
    case 'tender':
      return spreadOnto(state, proposal.lineIds, proposal.amount, 'tender');
    case 'reward':
      return { amount: 0, lines: [] };
  }
}

function applyLineChanges(
  state: OrderState,
  perLine: { lineId: string; amount: number }[],
): AppliedMoney {
  const lines: LineAmount[] = [];
  for (const change of perLine) {
    const line = state.line(change.lineId);
    if (!line) continue;
    const amount = Math.max(0, Math.min(Math.round(change.amount), line.amount));
    if (amount === 0) continue;
    state.reduceLine(line, amount);
    lines.push({ lineId: change.lineId, amount });
  }

  return { amount: lines.reduce((sum, line) => sum + line.amount, 0), lines };
}

function spreadOnto(
  state: OrderState,
  lineIds: readonly string[],
  amount: number,
  kind: 'order' | 'tender',
): AppliedMoney {
  // Plain loops: this runs for every reduction of every evaluation.
  const targets = state.linesOf(lineIds);
  const weights = new Array<number>(targets.length);
  for (let index = 0; index < targets.length; index += 1) {
    const line = targets[index] as LineState;
    weights[index] = kind === 'order' ? line.amount : line.unpaid;
  }
  const shares = spreadByLargestRemainder(Math.max(0, Math.round(amount)), weights);
  const lines: LineAmount[] = [];
  let total = 0;
  for (let index = 0; index < targets.length; index += 1) {
    const share = shares[index] ?? 0;
    if (share === 0) continue;
    const line = targets[index] as LineState;
    if (kind === 'order') state.reduceOrder(line, share);
    else state.tender(line, share);
    lines.push({ lineId: line.line.id, amount: share });
    total += share;
  }

  return { amount: total, lines };
}

/** What a proposal would come to once clamped, without applying it. */
export function valueOfProposal(state: OrderState, proposal: BenefitProposal): number {
  switch (proposal.stage) {
    case 'line': {
      let value = 0;
      for (const change of proposal.perLine) {
        const line = state.line(change.lineId);
        if (line) value += Math.max(0, Math.min(Math.round(change.amount), line.amount));
      }
      return value;
    }
    case 'order':
    case 'tender': {
      let room = 0;
      for (const line of state.linesOf(proposal.lineIds)) {
        room += proposal.stage === 'order' ? line.amount : line.unpaid;
      }
      return Math.max(0, Math.min(Math.round(proposal.amount), room));
    }
    case 'reward':
      return proposal.reward.value ?? 0;
  }
}
