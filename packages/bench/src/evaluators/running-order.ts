import type { EvaluationContext } from '@campaign-studio/engine';
import { percentHalfUp, spreadLargestRemainder } from '../money.js';
import type { Benefit, Filter } from '../plan/campaign-plan.js';

interface RunningLine {
  list: number;
  amount: number;
  category: string;
  special: boolean;
}

/**
 * The order as json-rules-engine's facts and event handlers see it: line amounts that the
 * handlers lower as benefits apply, and what each `best` campaign has been offered so far.
 * Everything is found by scanning the lines, as a fact callback naturally would.
 */
export class RunningOrder {
  readonly lines: RunningLine[];
  readonly applied = new Set<string>();
  /** Per `best` campaign: the offer worth most so far in its stage. */
  readonly offers = new Map<
    string,
    { ruleId: string; value: number; benefit: Benefit; filter: Filter }
  >();

  constructor(context: EvaluationContext) {
    this.lines = context.lines.map((line) => ({
      list: line.unitPrice * line.quantity,
      amount: line.unitPrice * line.quantity,
      category: line.category ?? '',
      special: line.specialPrice === true,
    }));
  }

  private admits(line: RunningLine, filter: Filter): boolean {
    if (filter.excludeSpecialPrice && line.special) return false;

    return !filter.categories || filter.categories.includes(line.category);
  }

  eligibleAmount(filter: Filter): number {
    let sum = 0;
    for (const line of this.lines) if (this.admits(line, filter)) sum += line.amount;

    return sum;
  }

  /** What a benefit on these lines would give now, clamped; 0 means nothing. */
  valueOf(benefit: Benefit, filter: Filter): number {
    if (benefit.kind === 'line-percent') {
      let total = 0;
      for (const line of this.lines) {
        if (this.admits(line, filter)) total += this.lineCut(line, benefit.percentOff);
      }
      return total;
    }
    const base = this.eligibleAmount(filter);
    if (base <= 0) return 0;
    switch (benefit.kind) {
      case 'amount-off':
        return Math.min(benefit.amount, base);
      case 'every-full': {
        const times = Math.min(Math.floor(base / benefit.every), benefit.maxTimes);
        return Math.min(times * benefit.amount, base);
      }
      case 'order-percent':
        return Math.min(percentHalfUp(base, benefit.percentOff), base);
    }
  }

  /** Lowers the lines by a benefit worth `value` (as `valueOf` gave on this same state). */
  give(benefit: Benefit, filter: Filter, value: number): void {
    const targets = this.lines.filter((line) => this.admits(line, filter));
    if (benefit.kind === 'line-percent') {
      for (const line of targets) line.amount -= this.lineCut(line, benefit.percentOff);
      return;
    }
    const shares = spreadLargestRemainder(
      value,
      targets.map((line) => line.amount),
    );
    targets.forEach((line, index) => {
      line.amount -= shares[index] ?? 0;
    });
  }

  payable(): number {
    return this.lines.reduce((sum, line) => sum + line.amount, 0);
  }

  private lineCut(line: RunningLine, percentOff: number): number {
    return Math.min(percentHalfUp(line.list, percentOff), line.amount);
  }
}
