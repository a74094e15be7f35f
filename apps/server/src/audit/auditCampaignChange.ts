import type { CampaignRecord, Repositories, UserRecord } from '@campaign-studio/storage';
import type { AppServices } from '../AppServices.js';
import { recordAudit } from './recordAudit.js';

/** What the audit log keeps of a campaign: what a person changes, not bookkeeping. */
export function auditedFields(record: CampaignRecord): Record<string, unknown> {
  return {
    name: record.name,
    lifecycle: record.lifecycle,
    revision: record.revision,
    ...(record.publishedVersion === undefined ? {} : { publishedVersion: record.publishedVersion }),
    ...(record.templateVersion === undefined ? {} : { templateVersion: record.templateVersion }),
    ...(record.templateParams === undefined ? {} : { templateParams: record.templateParams }),
    document: record.document,
  };
}

/** An audit entry for a change of a campaign, with the diff of what changed. */
export async function auditChange(
  services: AppServices,
  tx: Repositories,
  user: UserRecord,
  action: string,
  before: CampaignRecord,
  after: CampaignRecord,
): Promise<void> {
  await recordAudit(tx, {
    at: services.clock(),
    actor: user,
    branchId: after.branchId,
    entityType: 'campaign',
    entityId: after.id,
    action,
    before: auditedFields(before),
    after: auditedFields(after),
  });
}
