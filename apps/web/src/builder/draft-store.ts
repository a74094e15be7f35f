/**
 * Unsaved work kept in the browser, per campaign, so that a reload, a failed save or a lost
 * connection loses nothing. `baseRevision` is the server revision the edits started from: a
 * later revision on the server means someone else saved in between.
 */
import type { CampaignDocument } from '@campaign-studio/engine';

export interface StoredDraft {
  document: CampaignDocument;
  baseRevision?: number;
}

const PREFIX = 'campaign-studio.builder.';

export const NEW_CAMPAIGN_KEY = 'new';

export function readDraft(key: string): StoredDraft | undefined {
  const raw = globalThis.localStorage?.getItem(PREFIX + key);
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(raw) as StoredDraft;
    return typeof parsed.document === 'object' ? parsed : undefined;
  } catch {
    // A damaged entry is worth less than a working page.
    return undefined;
  }
}

export function writeDraft(key: string, draft: StoredDraft): void {
  globalThis.localStorage?.setItem(PREFIX + key, JSON.stringify(draft));
}

export function clearDraft(key: string): void {
  globalThis.localStorage?.removeItem(PREFIX + key);
}

export function sameDocument(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
