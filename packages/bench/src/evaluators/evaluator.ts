import type { CampaignDocument, EvaluationContext } from '@campaign-studio/engine';

/** What every evaluator must agree on: which campaigns applied and what is left to pay. */
export interface Answer {
  /** Ids of the campaigns that applied, sorted. */
  applied: string[];
  /** Fen. */
  payable: number;
}

/** A workload prepared once ("compiled"), then evaluated against many contexts. */
export interface Evaluator {
  evaluate(context: EvaluationContext): Answer | Promise<Answer>;
}

export interface EvaluatorKind {
  name: EvaluatorName;
  /** One-off setup that is not compiling campaigns (loading plugins), kept out of compile time. */
  load?(): void;
  prepare(campaigns: readonly CampaignDocument[]): Evaluator;
}

export const EVALUATOR_NAMES = [
  'ours',
  'ours-no-explain',
  'ours-validating',
  'json-rules-engine',
  'reference',
] as const;

export type EvaluatorName = (typeof EVALUATOR_NAMES)[number];
