import type { CampaignDocument, LocalizedText } from '@campaign-studio/engine';
import type { UserRecord } from '@campaign-studio/storage';
import { HQ_BRANCH_ID } from '../access/branchScope.js';
import type { AppServices } from '../AppServices.js';
import { diffOf } from '../audit/diffOf.js';
import { InputIssuesError, type InputIssue } from '../trpc/InputIssuesError.js';

/** What the template's expansion must match, besides the params. */
export interface TemplateCampaign {
  id: string;
  branchId: string;
  templateId: string;
  name: LocalizedText;
}

/** Set by the server or free to choose, so they are not compared. */
const UNCOMPARED = new Set(['id', 'branchId', 'version', 'name']);
const MAX_ISSUES = 5;

/**
 * A branch user's campaign made from a template must be exactly what the template makes from
 * its params: HQ's bounds are checked on the params, so a document with other rules would go
 * to the manager looking compliant. Refuses (BAD_REQUEST) naming the fields that differ;
 * HQ may shape a template campaign freely.
 */
export function requireTemplateExpansion(
  services: AppServices,
  user: UserRecord,
  campaign: TemplateCampaign,
  params: Record<string, unknown>,
  document: CampaignDocument | Record<string, unknown>,
  prefix: string,
): void {
  if (user.branchId === HQ_BRANCH_ID) return;
  if (services.registry.template(campaign.templateId) === undefined) return;

  const expected = services.registry.instantiate(campaign.templateId, params, {
    campaignId: campaign.id,
    branchId: campaign.branchId,
    name: campaign.name,
  });
  const differences = diffOf(comparable(expected), comparable(document));
  if (differences.length === 0) return;

  const issues = differences.slice(0, MAX_ISSUES).map((change): InputIssue => {
    const field =
      change.path
        .split('/')
        .filter((part) => !/^\d+$/.test(part))
        .pop() ?? '';
    return {
      path: `${prefix}${change.path}`,
      field,
      keyword: 'not-from-params',
      message: {
        'zh-CN':
          `${change.path} 与模板 ${campaign.templateId} 按参数生成的内容不同；` +
          '分支只能通过修改模板参数（params）来修改此活动',
        en:
          `${change.path} differs from what template ${campaign.templateId} makes from the ` +
          'params; a branch changes this campaign through its params only',
      },
    };
  });
  throw new InputIssuesError(issues, 'NOT_FROM_TEMPLATE_PARAMS');
}

function comparable(document: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(document).filter(([key]) => !UNCOMPARED.has(key)));
}
