import type { CampaignDocument, LocalizedText } from '@campaign-studio/engine';
import type { CampaignRecord, CampaignStatus, JsonObject } from '@campaign-studio/storage';
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

/** `published` is the document of the current published version, if there is one. */
export function toCampaignView(record: CampaignRecord, published?: JsonObject): CampaignView {
  return {
    ...toCampaignSummary(record, published),
    document: record.document as unknown as CampaignDocument,
  };
}

export function toCampaignSummary(record: CampaignRecord, published?: JsonObject): CampaignSummary {
  const { document, createdAt, updatedAt, publishedAt, ...rest } = record;

  return {
    ...rest,
    hasUnpublishedChanges: hasUnpublishedChanges(document, published),
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
    ...(publishedAt === undefined ? {} : { publishedAt: publishedAt.toISOString() }),
  };
}
