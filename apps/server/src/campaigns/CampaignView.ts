import type { CampaignDocument, LocalizedText } from '@campaign-studio/engine';
import type { CampaignRecord, CampaignStatus } from '@campaign-studio/storage';

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
  createdAt: string;
  updatedAt: string;
  publishedAt?: string;
  createdBy?: string;
}

/** What `campaigns.list` returns: everything but the document. */
export type CampaignSummary = Omit<CampaignView, 'document'>;

export function toCampaignView(record: CampaignRecord): CampaignView {
  return { ...toCampaignSummary(record), document: record.document as unknown as CampaignDocument };
}

export function toCampaignSummary(record: CampaignRecord): CampaignSummary {
  const { document: _document, createdAt, updatedAt, publishedAt, ...rest } = record;

  return {
    ...rest,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
    ...(publishedAt === undefined ? {} : { publishedAt: publishedAt.toISOString() }),
  };
}
