import type { TemplateDefinition } from '@campaign-studio/sdk';
import type { AuditChange, CampaignRecord } from '@campaign-studio/storage';
import type { AppServices } from '../AppServices.js';
import { diffOf } from '../audit/diffOf.js';
import { effectiveBounds } from '../bounds/effectiveBounds.js';

/** What a newer template version changes, part by part, for a campaign made from an older. */
export interface TemplateChanges {
  templateId?: string;
  /** The version the campaign was made from. */
  fromVersion?: number;
  /** The latest version the server has loaded. */
  toVersion?: number;
  /** True when there is nothing newer to take. */
  upToDate: boolean;
  paramsSchema: AuditChange[];
  defaults: AuditChange[];
  bounds: AuditChange[];
  campaign: AuditChange[];
}

export async function templateChanges(
  services: AppServices,
  record: CampaignRecord,
): Promise<TemplateChanges> {
  const none = { paramsSchema: [], defaults: [], bounds: [], campaign: [] };
  const latest =
    record.templateId === undefined ? undefined : services.registry.template(record.templateId);
  if (record.templateId === undefined || latest === undefined) return { upToDate: true, ...none };

  const base = { templateId: record.templateId, toVersion: latest.version };
  const fromVersion = record.templateVersion ?? latest.version;
  if (fromVersion === latest.version) return { ...base, fromVersion, upToDate: true, ...none };

  const stored = await services.repositories.templates.get(record.templateId, fromVersion);
  const old = (stored?.definition ?? {}) as Partial<TemplateDefinition>;
  const { bounds } = await effectiveBounds(services.repositories, latest);

  return {
    ...base,
    fromVersion,
    upToDate: false,
    paramsSchema: diffOf(old.paramsSchema, latest.paramsSchema),
    defaults: diffOf(old.defaults, latest.defaults),
    bounds: diffOf(old.bounds, bounds),
    campaign: diffOf(old.campaign, latest.campaign),
  };
}
