import {
  DEFAULT_TIMEZONE,
  resolveWindow,
  type CampaignDocument,
  type TimeWindow,
} from '@campaign-studio/engine';
import type { CampaignLifecycle, CampaignRecord, JsonObject } from '@campaign-studio/storage';

/**
 * A campaign's status as people see it. An approved campaign is `scheduled` until its window
 * starts, `running` inside it and `ended` after it, judged by the server's clock.
 */
export type LifecycleStatus = 'draft' | 'submitted' | 'scheduled' | 'running' | 'paused' | 'ended';

export const LIFECYCLE_STATUSES: readonly LifecycleStatus[] = [
  'draft',
  'submitted',
  'scheduled',
  'running',
  'paused',
  'ended',
];

/** `published` is the document of the current published version: its window is what runs. */
export function lifecycleStatus(
  record: Pick<CampaignRecord, 'lifecycle'>,
  published: JsonObject | undefined,
  now: Date,
): LifecycleStatus {
  if (record.lifecycle !== 'approved') return record.lifecycle;
  if (published === undefined) return 'scheduled';

  return statusInWindow(published as unknown as CampaignDocument, now.getTime());
}

/** Where `nowMs` falls against the campaign's window, or the span of all its phases. */
export function statusInWindow(document: CampaignDocument, nowMs: number): LifecycleStatus {
  const span = campaignSpan(document);
  if (span === undefined) return 'running';
  if (nowMs < span.startMs) return 'scheduled';
  if (nowMs >= span.endMs) return 'ended';
  return 'running';
}

function campaignSpan(document: CampaignDocument): { startMs: number; endMs: number } | undefined {
  const zone = document.timezone ?? DEFAULT_TIMEZONE;
  // The builder asks this of drafts not yet valid too (`"phases": "x"`): a shape that does not
  // read as windows has no span, and validation reports what is wrong with it.
  try {
    const windows: TimeWindow[] =
      document.phases !== undefined
        ? document.phases.map((phase) => phase.window)
        : document.window === undefined
          ? []
          : [document.window];
    if (windows.length === 0) return undefined;

    const resolved = windows.map((window) => resolveWindow(window, zone));
    return {
      startMs: Math.min(...resolved.map((window) => window.startMs)),
      endMs: Math.max(...resolved.map((window) => window.endMs)),
    };
  } catch {
    // A published version is valid, so its windows resolve; if one ever does not, treat the
    // campaign as always on and let the engine's own window check decide per order.
    return undefined;
  }
}

/** Stored statuses whose published version may apply to orders. */
export const LIVE_LIFECYCLES: readonly CampaignLifecycle[] = ['approved'];
