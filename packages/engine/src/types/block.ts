/**
 * The contract between the engine and the blocks that plugins bring. A block is a plain
 * definition object: an id, a params schema, labels, and a compile function that turns params
 * into a closure once, when a campaign is compiled.
 */
import type { LocalizedText } from './document.js';
import type { EvaluationContext, Fen, OrderLine } from './context.js';
import type { LimitClaim } from './limit.js';
import type { AppliedBenefit, Reward, Stage, UsedInstrument } from './result.js';

/** A JSON Schema object, as ajv takes it. */
export type JsonSchema = Record<string, unknown>;

export type BlockKind = 'condition' | 'benefit' | 'limit' | 'trigger';

/** What a block's compile function knows about the campaign it is compiled into. */
export interface CompileEnv {
  campaignId: string;
  timezone: string;
}

/** The local calendar view of the evaluation instant, in the campaign's zone. */
export interface LocalInstant {
  epochMs: number;
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:mm:ss.SSS` */
  time: string;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
  /** Parse a local date-time (`YYYY-MM-DDTHH:mm[:ss]`) of the campaign's zone to epoch ms. */
  parseLocal(localDateTime: string): number;
}

/** A line with the running amount left on it by everything applied before. */
export interface LineView {
  line: OrderLine;
  index: number;
  listAmount: Fen;
  /** After line price changes (flash price, percent off a line), before order reductions. */
  afterLineChanges: Fen;
  /** After line changes and the reductions applied so far; tenders do not lower it. */
  amount: Fen;
  /** Still unpaid: `amount` less the tenders applied so far. */
  unpaid: Fen;
}

/** The read-only state a block sees while a campaign is evaluated. */
export interface EvaluationView {
  context: EvaluationContext;
  local: LocalInstant;
  lines: readonly LineView[];
  /** Sum of `amount` over the given lines (all lines when omitted). */
  runningAmount(lineIds?: readonly string[]): Fen;
  /** What the customer pays for this order so far: unpaid amount of every line. */
  paidAmount(): Fen;
  /** Whether a held coupon is still unused by the campaigns applied before. */
  couponAvailable(couponId: string): boolean;
  /** Whether a held voucher or other instrument is still unused. */
  instrumentAvailable(instrumentId: string): boolean;
  /**
   * A cache for one evaluation, for facts that depend only on the context (which lines a
   * filter admits, say), never on running amounts: `compute` runs once per key.
   */
  memo<T>(key: string, compute: () => T): T;
  /** Every line id, in order: the same array for the whole evaluation. */
  readonly allLineIds: readonly string[];
  /** The line with this id. */
  line(lineId: string): LineView | undefined;
  /**
   * The lines `admits` lets in, found once per evaluation and key, with their running amount
   * kept up to date as benefits land: a threshold read by many campaigns costs one look.
   * `admits` must depend only on the line, never on running amounts; one key, one filter.
   */
  lineSet(key: string, admits: (line: OrderLine) => boolean): LineSet;
}

/** A set of lines of one evaluation (see `EvaluationView.lineSet`). */
export interface LineSet {
  readonly lines: readonly LineView[];
  /** Their ids, in order: the same array every time the set is asked for. */
  readonly ids: readonly string[];
  /** Sum of their running `amount`, kept up to date. */
  readonly amount: Fen;
  /** 1 at the index of each line in the set: membership without a Set. */
  readonly member: Uint8Array;
}

/** Why something did not hold or gave nothing: in words, and as display values. */
export interface FailureText {
  message: LocalizedText;
  expected?: string;
  actual?: string;
}

export interface ConditionOutcome {
  passed: boolean;
  /** For a failure: what was expected and what was found, in words and display values. */
  message?: LocalizedText;
  expected?: string;
  actual?: string;
  /**
   * Instead of `message`, `expected` and `actual`: a function that builds them, called only
   * when the result is explained, so that a failure costs no string work otherwise.
   */
  explain?: () => FailureText;
  /** Lines that qualified; the rule's benefits work on the intersection of these. */
  matchedLines?: readonly string[];
  /** Coupons the rule will consume if it applies. */
  couponsUsed?: string[];
  /** Soonest expiry (epoch ms) of what the rule uses: breaks ties between equal offers. */
  expiresAtMs?: number;
}

export type ConditionEvaluator = (view: EvaluationView) => ConditionOutcome;

/** What a benefit proposes; the engine clamps it and spreads it onto lines. */
export type BenefitProposal =
  | { stage: 'line'; perLine: { lineId: string; amount: Fen }[] }
  | { stage: 'order'; amount: Fen; lineIds: readonly string[] }
  | { stage: 'tender'; amount: Fen; lineIds: readonly string[]; instruments: UsedInstrument[] }
  | { stage: 'reward'; reward: Reward };

/** A benefit that finds nothing to give says why, like a failing condition. */
export interface BenefitNone {
  none: true;
  message: LocalizedText;
  expected?: string;
  actual?: string;
}

/** Like `BenefitNone`, with its words built by `explain`, only when the result is explained. */
export interface BenefitNoneExplained {
  none: true;
  explain: () => FailureText;
}

export interface BenefitInput {
  view: EvaluationView;
  /**
   * Lines the rule's conditions qualified; `view.allLineIds` itself when no condition
   * narrowed them.
   */
  lineIds: readonly string[];
}

export type BenefitEvaluator = (
  input: BenefitInput,
) => BenefitProposal | BenefitNone | BenefitNoneExplained;

/**
 * What a condition's outcome depends on, when it is only part of the context: the engine may
 * check it once per value and reuse the outcome (a tier condition no customer of a request
 * meets makes its campaign cost nothing).
 */
export type ConditionDependency = 'customer-tier';

interface BlockBase<P> {
  /** `<plugin>.<name>`, e.g. `core.order-amount`. */
  id: string;
  label: LocalizedText;
  description: LocalizedText;
  /** Palette group within the plugin, e.g. `amount`, `time`, `customer`. */
  group?: string;
  paramsSchema: JsonSchema;
  /** Example params, checked against the schema in a generated test. */
  examples?: P[];
}

export interface ConditionBlock<P = Record<string, unknown>> extends BlockBase<P> {
  kind: 'condition';
  /** Set when the outcome depends on nothing but this part of the context. */
  dependsOn?: ConditionDependency;
  compile(params: P, env: CompileEnv): ConditionEvaluator;
}

export interface BenefitBlock<P = Record<string, unknown>> extends BlockBase<P> {
  kind: 'benefit';
  stage: Stage;
  compile(params: P, env: CompileEnv): BenefitEvaluator;
}

/**
 * What a limit block sees once its campaign has applied: the order, the campaign's own
 * benefits and rewards, and who the customer is, so that it can say which counters it takes.
 */
export interface LimitInput {
  context: EvaluationContext;
  local: LocalInstant;
  campaignId: string;
  /** The campaign's applied benefits, in the order they applied. */
  benefits: readonly AppliedBenefit[];
  /** The rewards among them, in the same order. */
  rewards: readonly Reward[];
  /** Money off + tendered + reward values of the campaign in this order, in fen. */
  value: Fen;
  /** `customer.id`, else `phone:<normalised phone>`, else undefined (a guest). */
  customerKey?: string;
}

/** A limit block that will not let its campaign apply at all (a guest where guests are refused). */
export interface LimitRefused {
  refused: true;
  message: LocalizedText;
  expected?: string;
  actual?: string;
}

/** The counters the campaign takes from (none is fine), or a refusal. */
export type LimitEvaluator = (input: LimitInput) => LimitClaim[] | LimitRefused;

export interface LimitBlock<P = Record<string, unknown>> extends BlockBase<P> {
  kind: 'limit';
  compile(params: P, env: CompileEnv): LimitEvaluator;
}

export type BlockDefinition<P = Record<string, unknown>> =
  ConditionBlock<P> | BenefitBlock<P> | LimitBlock<P>;

/**
 * A block definition with its params type erased, as registries hold them: params are checked
 * by ajv against the block's schema before `compile` sees them.
 */
type Erased<B> = Omit<B, 'examples'> & { examples?: readonly unknown[] };
export type AnyBlock =
  Erased<ConditionBlock<never>> | Erased<BenefitBlock<never>> | Erased<LimitBlock<never>>;
