/**
 * Undo and redo over whole documents: each edit keeps the document before it. Consecutive
 * edits of the same block's params (typing in one form) count as one step.
 */
import type { CampaignDocument } from '@campaign-studio/engine';
import { builderReducer, type BuilderAction } from './builder-reducer.js';

const LIMIT = 200;

export interface BuilderHistory {
  past: CampaignDocument[];
  present: CampaignDocument;
  future: CampaignDocument[];
  /** What the last edit changed, to merge the next one into it when it changes the same. */
  lastKey?: string;
}

export type HistoryAction =
  | BuilderAction
  | { type: 'undo' }
  | { type: 'redo' }
  /** A document from elsewhere (the server, a restored draft): history starts again. */
  | { type: 'reset'; document: CampaignDocument };

export function startHistory(document: CampaignDocument): BuilderHistory {
  return { past: [], present: document, future: [] };
}

function mergeKey(action: BuilderAction): string | undefined {
  if (action.type === 'setParams') return `params:${action.path}`;
  if (action.type === 'set') return `set:${action.path}`;
  return undefined;
}

export function historyReducer(history: BuilderHistory, action: HistoryAction): BuilderHistory {
  if (action.type === 'reset') return startHistory(action.document);

  if (action.type === 'undo') {
    const previous = history.past.at(-1);
    if (previous === undefined) return history;
    return {
      past: history.past.slice(0, -1),
      present: previous,
      future: [history.present, ...history.future],
    };
  }

  if (action.type === 'redo') {
    const [next, ...rest] = history.future;
    if (next === undefined) return history;
    return { past: [...history.past, history.present], present: next, future: rest };
  }

  const present = builderReducer(history.present, action);
  if (present === history.present) return history;

  const key = mergeKey(action);
  if (key !== undefined && key === history.lastKey) {
    return { ...history, present, future: [], lastKey: key };
  }
  return {
    past: [...history.past, history.present].slice(-LIMIT),
    present,
    future: [],
    ...(key === undefined ? {} : { lastKey: key }),
  };
}

export const canUndo = (history: BuilderHistory): boolean => history.past.length > 0;
export const canRedo = (history: BuilderHistory): boolean => history.future.length > 0;
