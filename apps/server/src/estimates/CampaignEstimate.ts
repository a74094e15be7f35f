import type { LocalizedText } from '@campaign-studio/engine';

/** One cost the rules commit the store to, computed from the document (fen). */
export interface EstimateLine {
  id: string;
  label: LocalizedText;
  amount: number;
  /** Which block use the cost comes from (JSON pointer into the document), when one does. */
  path?: string;
}

/** A planned budget line beside what the rules make of it. */
export interface BudgetRowView {
  id: string;
  name: LocalizedText;
  planned: number;
  estimate?: number;
  over: boolean;
}

export interface BudgetView {
  rows: BudgetRowView[];
  planned: number;
  merchantsCarry: number;
  ownShare: number;
}

/** What `builder.estimate` answers: cost lines, and the planned budget when the plugin has one. */
export interface CampaignEstimate {
  lines: EstimateLine[];
  budget?: BudgetView;
}
