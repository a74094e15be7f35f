import type { CampaignRecord, UserRecord } from '@campaign-studio/storage';
import { visibleBranches } from '../access/branchScope.js';
import type { AppServices } from '../AppServices.js';
import { localizedError } from '../trpc/LocalizedError.js';

/** The campaign if the user may see it; another branch's campaign is NOT_FOUND, not FORBIDDEN. */
export async function findVisibleCampaign(
  services: AppServices,
  user: UserRecord,
  id: string,
): Promise<CampaignRecord> {
  const branchIds = visibleBranches(user);
  const record = await services.repositories.campaigns.get(
    id,
    branchIds === undefined ? {} : { branchIds },
  );
  if (record !== undefined) return record;

  throw localizedError(
    'NOT_FOUND',
    `id: there is no campaign "${id}".`,
    `id：没有活动 ${id}。`,
    'no-campaign',
  );
}

export function staleRevision(current: CampaignRecord, revision: number) {
  return localizedError(
    'CONFLICT',
    `revision: campaign "${current.id}" is at revision ${current.revision}, not ${revision}; ` +
      'reload it and try again.',
    `revision：活动 ${current.id} 已是第 ${current.revision} 次修改，不是第 ${revision} 次；` +
      '请刷新后重试。',
    'stale-revision',
  );
}

/** The version the draft will get when it is published next. */
export function nextVersion(record: CampaignRecord): number {
  return (record.publishedVersion ?? 0) + 1;
}
