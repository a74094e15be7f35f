import type {
  EvaluationContext,
  EvaluationView,
  Fen,
  LineSet,
  LineView,
  LocalInstant,
  OrderLine,
} from '../types/index.js';

/** A line's money as evaluation goes on: what line and order stages took, what tenders paid. */
export interface LineState extends LineView {
  lineDiscount: Fen;
  orderDiscount: Fen;
  tendered: Fen;
}

/** Where the journal stood; rolling back to it undoes everything since. */
export type Mark = number;

/** Money fields of a line the journal keeps per change, in `journalMoney`. */
const MONEY_FIELDS = 6;

/** A line set whose running amount the state keeps up to date. */
interface TrackedLineSet extends LineSet {
  amount: Fen;
}

/**
 * The running state of one evaluation. Blocks see it through `EvaluationView`. Every change
 * goes through `change` and is journaled, so that a trial (a campaign that may lose in its
 * group, a rule that may not be the best, a block that may throw) costs only what it touched:
 * `mark()` before, `rollback(mark)` to undo it.
 */
export class OrderState implements EvaluationView {
  readonly context: EvaluationContext;
  local: LocalInstant;
  readonly lines: LineState[];
  readonly allLineIds: readonly string[];
  private readonly byId: Map<string, LineState>;
  private readonly lineSets = new Map<string, TrackedLineSet>();
  /** The sets each line is in (by line index), so that a change of amount reaches them. */
  private readonly setsOfLine: (TrackedLineSet[] | undefined)[];
  private readonly usedCoupons = new Set<string>();
  private readonly usedInstruments = new Set<string>();
  private readonly memos = new Map<string, unknown>();
  /**
   * The journal, as parallel arrays (no object per change, since trials make many): per
   * entry, the line changed and its money before (six numbers), or the set an id was added to.
   */
  private readonly journalLines: (LineState | undefined)[] = [];
  private readonly journalMoney: number[] = [];
  private readonly journalSets: (Set<string> | undefined)[] = [];
  private readonly journalIds: (string | undefined)[] = [];

  constructor(context: EvaluationContext, local: LocalInstant) {
    this.context = context;
    this.local = local;
    this.lines = context.lines.map((line, index) => initialLine(line, index));
    this.byId = new Map(this.lines.map((line) => [line.line.id, line]));
    this.allLineIds = this.lines.map((line) => line.line.id);
    this.setsOfLine = new Array(this.lines.length);
  }

  /**
   * Filters are shared by many campaigns (the same categories, special-price lines apart): each
   * is found once per evaluation, and its running amount follows every reduction (see
   * `moveAmount`) instead of being added up again by every campaign that reads it.
   */
  lineSet(key: string, admits: (line: OrderLine) => boolean): LineSet {
    const known = this.lineSets.get(key);
    if (known) return known;

    const set: TrackedLineSet = {
      lines: [],
      ids: [],
      amount: 0,
      member: new Uint8Array(this.lines.length),
    };
    for (const line of this.lines) {
      if (!admits(line.line)) continue;
      (set.lines as LineState[]).push(line);
      (set.ids as string[]).push(line.line.id);
      set.member[line.index] = 1;
      set.amount += line.amount;
      (this.setsOfLine[line.index] ??= []).push(set);
    }
    this.lineSets.set(key, set);

    return set;
  }

  line(lineId: string): LineState | undefined {
    return this.byId.get(lineId);
  }

  runningAmount(lineIds?: readonly string[]): Fen {
    let sum = 0;
    if (!lineIds) {
      for (const line of this.lines) sum += line.amount;
      return sum;
    }
    for (const id of lineIds) sum += this.byId.get(id)?.amount ?? 0;

    return sum;
  }

  paidAmount(): Fen {
    let sum = 0;
    for (const line of this.lines) sum += line.unpaid;

    return sum;
  }

  couponAvailable(couponId: string): boolean {
    return !this.usedCoupons.has(couponId);
  }

  instrumentAvailable(instrumentId: string): boolean {
    return !this.usedInstruments.has(instrumentId);
  }

  memo<T>(key: string, compute: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = compute();
    this.memos.set(key, value);

    return value;
  }

  /** Money taken off or tendered so far: what a trial adds is the value of what it tried. */
  totalBenefit(): Fen {
    let sum = 0;
    for (const line of this.lines) sum += line.listAmount - line.unpaid;

    return sum;
  }

  /** A line price change: lowers the line's amount, its amount after line changes and unpaid. */
  reduceLine(line: LineState, amount: number): void {
    this.remember(line);
    this.moveAmount(line, -amount);
    line.amount -= amount;
    line.afterLineChanges -= amount;
    line.unpaid -= amount;
    line.lineDiscount += amount;
  }

  /** An order reduction's share on a line. */
  reduceOrder(line: LineState, amount: number): void {
    this.remember(line);
    this.moveAmount(line, -amount);
    line.amount -= amount;
    line.unpaid -= amount;
    line.orderDiscount += amount;
  }

  /** A tender's share on a line: paid, not discounted. */
  tender(line: LineState, amount: number): void {
    this.remember(line);
    line.unpaid -= amount;
    line.tendered += amount;
  }

  useCoupon(couponId: string): void {
    this.useOnce(this.usedCoupons, couponId);
  }

  useInstrument(instrumentId: string): void {
    this.useOnce(this.usedInstruments, instrumentId);
  }

  mark(): Mark {
    return this.journalLines.length;
  }

  rollback(mark: Mark): void {
    const money = this.journalMoney;
    for (let entry = this.journalLines.length - 1; entry >= mark; entry -= 1) {
      const line = this.journalLines[entry];
      if (!line) {
        (this.journalSets[entry] as Set<string>).delete(this.journalIds[entry] as string);
        continue;
      }
      const at = entry * MONEY_FIELDS;
      this.moveAmount(line, (money[at] as number) - line.amount);
      line.amount = money[at] as number;
      line.afterLineChanges = money[at + 1] as number;
      line.unpaid = money[at + 2] as number;
      line.lineDiscount = money[at + 3] as number;
      line.orderDiscount = money[at + 4] as number;
      line.tendered = money[at + 5] as number;
    }
    this.journalLines.length = mark;
    this.journalMoney.length = mark * MONEY_FIELDS;
    this.journalSets.length = mark;
    this.journalIds.length = mark;
  }

  /** Keeps the running amounts of the line's sets in step with a change of its amount. */
  private moveAmount(line: LineState, delta: number): void {
    const sets = this.setsOfLine[line.index];
    if (!sets || delta === 0) return;
    for (const set of sets) set.amount += delta;
  }

  private remember(line: LineState): void {
    this.journalLines.push(line);
    this.journalSets.push(undefined);
    this.journalIds.push(undefined);
    this.journalMoney.push(
      line.amount,
      line.afterLineChanges,
      line.unpaid,
      line.lineDiscount,
      line.orderDiscount,
      line.tendered,
    );
  }

  private useOnce(set: Set<string>, id: string): void {
    if (set.has(id)) return;
    set.add(id);
    this.journalLines.push(undefined);
    this.journalSets.push(set);
    this.journalIds.push(id);
    for (let field = 0; field < MONEY_FIELDS; field += 1) this.journalMoney.push(0);
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
