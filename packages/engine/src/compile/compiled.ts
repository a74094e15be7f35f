import type { LazyReason } from '../evaluate/lazy-reason.js';
import type { ResolvedWindow } from '../time/index.js';
import type {
  BenefitEvaluator,
  LimitEvaluator,
  CampaignDocument,
  EvaluationView,
  LocalizedText,
  Scope,
  Stage,
  TimeWindow,
} from '../types/index.js';

/** The outcome of a compiled condition tree on one state. */
export interface ConditionResult {
  passed: boolean;
  reason?: LazyReason;
  /** undefined: every line qualifies. */
  matchedLines?: readonly string[];
  couponsUsed: readonly string[];
  expiresAtMs?: number;
}

export type CompiledCondition = (view: EvaluationView) => ConditionResult;

export interface CompiledBenefit {
  block: string;
  path: string;
  stage: Stage;
  label: LocalizedText;
  evaluate: BenefitEvaluator;
}

export interface CompiledLimit {
  block: string;
  /** `/limits/<n>` */
  path: string;
  label: LocalizedText;
  evaluate: LimitEvaluator;
}

export interface CompiledRule {
  id: string;
  /** Its position in its list (the campaign's rules, or its phase's): rule records go by it. */
  index: number;
  name?: LocalizedText;
  path: string;
  condition?: CompiledCondition;
  /**
   * The rule's first condition, when it reads only the customer's tier: a rule it fails can
   * never hold for that tier, so a campaign whose rules all fail theirs is settled once per
   * tier (see `CampaignSet`) instead of once per evaluation.
   */
  tierGate?: CompiledCondition;
  benefits: CompiledBenefit[];
  /** The stage of its earliest benefit: its conditions are checked then. */
  firstStage: Stage;
}

export interface CompiledPhase {
  id: string;
  name?: LocalizedText;
  window: TimeWindow;
  resolved: ResolvedWindow;
  rules: CompiledRule[];
}

/** A campaign version turned into closures, ready to evaluate many times. */
export interface CompiledCampaign {
  readonly document: CampaignDocument;
  readonly id: string;
  readonly version: number;
  readonly name: LocalizedText;
  readonly timezone: string;
  readonly priority: number;
  readonly exclusiveGroup?: string;
  readonly scope?: Scope;
  readonly selection: 'all' | 'best';
  readonly window?: { raw: TimeWindow; resolved: ResolvedWindow };
  /** Rules of an unphased campaign; phased campaigns keep theirs in `phases`. */
  readonly rules: CompiledRule[];
  readonly phases?: CompiledPhase[];
  /** Its limit blocks; absent when it has none, so that the common case costs nothing. */
  readonly limits?: readonly CompiledLimit[];
  /** The rules (of the phase, when phased) whose first stage is `stage`, in document order. */
  rulesAt(phase: string | undefined, stage: Stage): readonly CompiledRule[];
}
