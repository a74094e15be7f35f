import type {
  CampaignLifecycle,
  CampaignRecord,
  Repositories,
  UserRecord,
} from '@campaign-studio/storage';
import type { AppServices } from '../AppServices.js';
import { localizedError } from '../trpc/LocalizedError.js';
import { staleRevision } from './findVisibleCampaign.js';
import { hasUnpublishedChanges } from './hasUnpublishedChanges.js';

/**
 * Validates the draft and freezes it as the next version, within the caller's transaction
 * (`tx`). A draft that is the same as the published version is refused: nothing to publish.
 */
export async function publishDraft(
  services: AppServices,
  tx: Repositories,
  user: UserRecord,
  current: CampaignRecord,
  revision: number,
  lifecycle: CampaignLifecycle,
): Promise<CampaignRecord> {
  const { engine } = services.registry;
  // The frozen copy is the draft read here, so it must be the revision the caller saw.
  if (current.revision !== revision) throw staleRevision(current, revision);
  if (current.publishedVersion !== undefined) {
    const published = (await tx.campaigns.publishedDocuments([current.id])).get(current.id);
    if (!hasUnpublishedChanges(current.document, published)) {
      throw nothingToPublish(current.id, current.publishedVersion);
    }
  }

  const record = await tx.campaigns.publish(current.id, revision, {
    publishedBy: user.id,
    lifecycle,
    documentFor: (version) => {
      const frozen = { ...current.document, version };
      // Throws EngineError: the transaction rolls back and no version is left behind.
      engine.compile(frozen);
      return frozen;
    },
    // The draft goes on as the version it will be when published next.
    draftAfter: (version, frozen) => ({ ...frozen, version: version + 1 }),
  });
  services.logger.info(
    { campaignId: record.id, version: record.publishedVersion, by: user.username },
    'campaign published',
  );

  return record;
}

function nothingToPublish(id: string, version: number) {
  return localizedError(
    'CONFLICT',
    `campaign "${id}" has no unpublished changes: its draft is published version ${version}.`,
    `活动 ${id} 没有未发布的修改：草稿与已发布的第 ${version} 版相同。`,
    'nothing-to-publish',
  );
}
