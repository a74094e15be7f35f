/**
 * What every part of the builder reads: the document, how to change it, the selected block,
 * the blocks the registry offers and the problems found. Selection lives here, outside the
 * document and its history.
 */
import { createContext, useContext, type Dispatch } from 'react';
import type { CampaignDocument } from '@campaign-studio/engine';
import type { BlockSummary } from '../api/types.js';
import type { BuilderIssue } from './builder-types.js';
import type { HistoryAction } from './state/builder-history.js';

export interface BuilderState {
  document: CampaignDocument;
  dispatch: Dispatch<HistoryAction>;
  selected?: string;
  select(path: string | undefined): void;
  blocks: ReadonlyMap<string, BlockSummary>;
  issues: readonly BuilderIssue[];
}

export const BuilderContext = createContext<BuilderState | undefined>(undefined);

export function useBuilder(): BuilderState {
  const state = useContext(BuilderContext);
  if (!state) throw new Error('useBuilder must be used inside the builder page');

  return state;
}
