import type {
  EvaluationContext,
  EvaluationView,
  Fen,
  LineView,
  LocalInstant,
} from '../types/index.js';

/** A line's money as evaluation goes on: what line and order stages took, what tenders paid. */
export interface LineState extends LineView {
  lineDiscount: Fen;
  orderDiscount: Fen;
  tendered: Fen;
}

/**
 * The running state of one evaluation. Blocks see it through `EvaluationView`; the engine
 * forks it to try a campaign or a rule and adopts the fork that wins, so a failed or losing
 * attempt leaves nothing behind.
 */
export class OrderState implements EvaluationView {
  readonly context: EvaluationContext;
  local: LocalInstant;
  lines: LineState[];
  readonly usedCoupons: Set<string>;
  readonly usedInstruments: Set<string>;
  private byId: Map<string, LineState>;

  constructor(context: EvaluationContext, local: LocalInstant, lines?: LineState[]) {
    this.context = context;
    this.local = local;
    this.lines = lines ?? context.lines.map((line, index) => initialLine(line, index));
    this.byId = new Map(this.lines.map((line) => [line.line.id, line]));
    this.usedCoupons = new Set();
    this.usedInstruments = new Set();
  }

  line(lineId: string): LineState | undefined {
    return this.byId.get(lineId);
  }

  runningAmount(lineIds?: readonly string[]): Fen {
    if (!lineIds) return this.lines.reduce((sum, line) => sum + line.amount, 0);

    return lineIds.reduce((sum, id) => sum + (this.byId.get(id)?.amount ?? 0), 0);
  }

  paidAmount(): Fen {
    return this.lines.reduce((sum, line) => sum + line.unpaid, 0);
  }

  couponAvailable(couponId: string): boolean {
    return !this.usedCoupons.has(couponId);
  }

  instrumentAvailable(instrumentId: string): boolean {
    return !this.usedInstruments.has(instrumentId);
  }

  /** Money taken off or tendered so far: what a trial adds is the value of what it tried. */
  totalBenefit(): Fen {
    return this.lines.reduce((sum, line) => sum + line.listAmount - line.unpaid, 0);
  }

  fork(): OrderState {
    const copy = new OrderState(
      this.context,
      this.local,
      this.lines.map((line) => ({ ...line })),
    );
    for (const id of this.usedCoupons) copy.usedCoupons.add(id);
    for (const id of this.usedInstruments) copy.usedInstruments.add(id);

    return copy;
  }

  adopt(winner: OrderState): void {
    this.lines = winner.lines;
    this.byId = new Map(this.lines.map((line) => [line.line.id, line]));
    for (const id of winner.usedCoupons) this.usedCoupons.add(id);
    for (const id of winner.usedInstruments) this.usedInstruments.add(id);
  }
}

function initialLine(line: EvaluationContext['lines'][number], index: number): LineState {
  const listAmount = line.unitPrice * line.quantity;

  return {
    line,
    index,
    listAmount,
    afterLineChanges: listAmount,
    amount: listAmount,
    unpaid: listAmount,
    lineDiscount: 0,
    orderDiscount: 0,
    tendered: 0,
  };
}
