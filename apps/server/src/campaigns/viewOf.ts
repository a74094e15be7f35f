import type { CampaignRecord } from '@campaign-studio/storage';
import type { AppServices } from '../AppServices.js';
import { toCampaignView, type CampaignView } from './CampaignView.js';

/** The campaign as the API returns it, with its published version read for the status. */
export async function viewOf(services: AppServices, record: CampaignRecord): Promise<CampaignView> {
  const now = services.clock();
  if (record.publishedVersion === undefined) return toCampaignView(record, now);
  const published = await services.repositories.campaigns.publishedDocuments([record.id]);

  return toCampaignView(record, now, published.get(record.id));
}
