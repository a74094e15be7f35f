import type { CampaignDocument } from '@campaign-studio/engine';
import type { ProjectStage } from '@campaign-studio/plugin-power';
import type { AppServices } from '../AppServices.js';
import { stageTable } from './stageTable.js';

/** The stage table of each campaign's published version, by campaign id (if it has one). */
export async function governingStages(
  services: AppServices,
  campaignIds: readonly string[],
): Promise<Map<string, readonly ProjectStage[]>> {
  const documents = await services.repositories.campaigns.publishedDocuments([
    ...new Set(campaignIds),
  ]);
  const tables = new Map<string, readonly ProjectStage[]>();
  for (const [id, document] of documents) {
    const stages = stageTable(document as unknown as CampaignDocument);
    if (stages !== undefined) tables.set(id, stages);
  }

  return tables;
}
