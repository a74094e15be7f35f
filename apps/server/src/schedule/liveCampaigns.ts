import type { CampaignDocument } from '@campaign-studio/engine';
import type { AppServices } from '../AppServices.js';

/**
 * The published version of every campaign that is live (approved: scheduled or running, not
 * paused or ended), by campaign id: the ones whose stage tables the daily check applies.
 */
export async function liveCampaigns(services: AppServices): Promise<Map<string, CampaignDocument>> {
  const published = await services.repositories.campaigns.listPublished({
    lifecycle: ['approved'],
  });

  return new Map(
    published.map((campaign) => [
      campaign.campaignId,
      campaign.document as unknown as CampaignDocument,
    ]),
  );
}
