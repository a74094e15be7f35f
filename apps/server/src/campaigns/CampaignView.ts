import type { CampaignDocument, LocalizedText } from '@campaign-studio/engine';
import type { CampaignRecord, CampaignStatus, JsonObject } from '@campaign-studio/storage';
import { lifecycleStatus, type LifecycleStatus } from '../lifecycle/campaignLifecycle.js';
import { hasUnpublishedChanges } from './hasUnpublishedChanges.js';

/** A campaign as the API returns it: plain JSON, times as ISO 8601 strings. */
export interface CampaignView {
  id: string;
  branchId: string;
  plugin: string;
  templateId?: string;
  templateVersion?: number;
  templateParams?: Record<string, unknown>;
  name: LocalizedText;
  status: CampaignStatus;
  /** Where it is in its life cycle; `scheduled` / `running` / `ended` follow the window. */
  lifecycle: LifecycleStatus;
  /** A live campaign whose draft change is submitted: it is in the approval queue. */
  changeSubmitted: boolean;
  revision: number;
  /** The current draft; publishing freezes a copy as version `publishedVersion`. */
  document: CampaignDocument;
  publishedVersion?: number;
  /** Published, and the draft differs from the published version: publishing would change it. */
  hasUnpublishedChanges: boolean;
  createdAt: string;
  updatedAt: string;
  publishedAt?: string;
  createdBy?: string;
}

/** What `campaigns.list` returns: everything but the document. */
export type CampaignSummary = Omit<CampaignView, 'document'>;

/**
 * `published` is the document of the current published version, if there is one; `now` is the
 * server's clock, which decides whether an approved campaign is scheduled, running or over.
 */
export function toCampaignView(
  record: CampaignRecord,
  now: Date,
  published?: JsonObject,
): CampaignView {
  return {
    ...toCampaignSummary(record, now, published),
    document: record.document as unknown as CampaignDocument,
  };
}

export function toCampaignSummary(
  record: CampaignRecord,
  now: Date,
  published?: JsonObject,
): CampaignSummary {
  const { document, createdAt, updatedAt, publishedAt, ...rest } = record;

  return {
    ...rest,
    lifecycle: lifecycleStatus(record, published, now),
    hasUnpublishedChanges: hasUnpublishedChanges(document, published),
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
    ...(publishedAt === undefined ? {} : { publishedAt: publishedAt.toISOString() }),
  };
}
