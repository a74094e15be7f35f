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

/**
 * A line set whose running amount is worked out when read: the state bumps its version on
 * every change of money, and a set adds its lines up again only when the version it summed at
 * is stale. Reductions touch many lines and each line is in many sets (one per filter the
 * campaigns use), while a set is read about once per campaign between changes, so summing on
 * read is far less work than pushing every change to every set.
 */
class TrackedLineSet implements LineSet {
  readonly lines: LineState[] = [];
  readonly ids: string[] = [];
  private sum = 0;
  private summedAt = -1;
  private mask: Uint8Array | undefined;

  constructor(
    private readonly state: { readonly version: number },
    private readonly lineCount: number,
  ) {}

  /** Made when first asked for: most sets are only summed, and a typed array is not free. */
  get member(): Uint8Array {
    if (this.mask) return this.mask;
    const mask = new Uint8Array(this.lineCount);
    for (const line of this.lines) mask[line.index] = 1;
    this.mask = mask;

    return mask;
  }

  get amount(): Fen {
    const version = this.state.version;
    if (this.summedAt === version) return this.sum;
    let sum = 0;
    for (const line of this.lines) sum += line.amount;
    this.sum = sum;
    this.summedAt = version;

    return sum;
  }
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
  /** The lines of each id list the state handed out (a set's ids, all ids), by the list itself. */
  private readonly linesOfIds = new Map<readonly string[], readonly LineState[]>();
  /** Bumped on every change of a line's amount, so that line sets know their sum is stale. */
  version = 0;
  private readonly usedCoupons = new Set<string>();
  private readonly usedInstruments = new Set<string>();
  private readonly memos = new Map<string, unknown>();
  /**
   * The journal, as flat arrays (no object per change, since trials make many): one entry per
   * change, the line changed or `undefined` for an id marked used. A line's six money fields
   * before the change follow each other in `journalMoney`; the used ids in `journalUsed`, with
   * the set each went into. Rolling back pops them from the end, newest first.
   */
  private readonly journalLines: (LineState | undefined)[] = [];
  private readonly journalMoney: number[] = [];
  private readonly journalUsed: string[] = [];
  private readonly journalUsedIn: Set<string>[] = [];

  constructor(context: EvaluationContext, local: LocalInstant) {
    this.context = context;
    this.local = local;
    this.lines = context.lines.map((line, index) => initialLine(line, index));
    this.byId = new Map(this.lines.map((line) => [line.line.id, line]));
    this.allLineIds = this.lines.map((line) => line.line.id);
    this.linesOfIds.set(this.allLineIds, this.lines);
  }

  /**
   * Filters are shared by many campaigns (the same categories, special-price lines apart): each
   * is found once per evaluation, and its running amount is summed again only after a change
   * (see `TrackedLineSet`), not by every campaign that reads it.
   */
  lineSet(key: string, admits: (line: OrderLine) => boolean): LineSet {
    const known = this.lineSets.get(key);
    if (known) return known;

    const set = new TrackedLineSet(this, this.lines.length);
    for (const line of this.lines) {
      if (!admits(line.line)) continue;
      set.lines.push(line);
      set.ids.push(line.line.id);
    }
    this.lineSets.set(key, set);
    this.linesOfIds.set(set.ids, set.lines);

    return set;
  }

  line(lineId: string): LineState | undefined {
    return this.byId.get(lineId);
  }

  /**
   * The lines of `lineIds`, in order, skipping unknown ids. Reductions nearly always name the
   * lines of a set or all lines, whose arrays the state made: those are one look, not one per id.
   */
  linesOf(lineIds: readonly string[]): readonly LineState[] {
    const known = this.linesOfIds.get(lineIds);
    if (known) return known;
    const lines: LineState[] = [];
    for (const id of lineIds) {
      const line = this.byId.get(id);
      if (line) lines.push(line);
    }

    return lines;
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
    line.amount -= amount;
    line.afterLineChanges -= amount;
    line.unpaid -= amount;
    line.lineDiscount += amount;
  }

  /** An order reduction's share on a line. */
  reduceOrder(line: LineState, amount: number): void {
    this.remember(line);
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
    const journal = this.journalLines;
    if (journal.length <= mark) return;
    // Sums of line sets read after this see the amounts as they were.
    this.version += 1;
    const money = this.journalMoney;
    let at = money.length;
    for (let entry = journal.length - 1; entry >= mark; entry -= 1) {
      const line = journal[entry];
      if (!line) {
        (this.journalUsedIn.pop() as Set<string>).delete(this.journalUsed.pop() as string);
        continue;
      }
      at -= MONEY_FIELDS;
      line.amount = money[at] as number;
      line.afterLineChanges = money[at + 1] as number;
      line.unpaid = money[at + 2] as number;
      line.lineDiscount = money[at + 3] as number;
      line.orderDiscount = money[at + 4] as number;
      line.tendered = money[at + 5] as number;
    }
    journal.length = mark;
    money.length = at;
  }

  private remember(line: LineState): void {
    // Every change of money comes through here first (rollbacks bump it themselves).
    this.version += 1;
    this.journalLines.push(line);
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
    this.journalUsed.push(id);
    this.journalUsedIn.push(set);
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
