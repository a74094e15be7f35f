import { InputIssuesError } from '../trpc/InputIssuesError.js';

/** The campaign document's id pattern (schemas/campaign.schema.json, `identifier`). */
const CAMPAIGN_ID = /^[a-z0-9][a-z0-9._-]{0,79}$/;

/** Refuses an id a campaign document could not carry, at `path` (e.g. `/id`). */
export function checkCampaignId(id: string, path: string): void {
  if (CAMPAIGN_ID.test(id)) return;

  throw new InputIssuesError([
    {
      path,
      field: 'id',
      keyword: 'pattern',
      message: {
        'zh-CN': '活动编号只能用小写字母、数字和 . _ -，以字母或数字开头，最多 80 个字符',
        en:
          'use lowercase letters, digits, ".", "_" and "-", start with a letter or digit, ' +
          'at most 80 characters',
      },
    },
  ]);
}
