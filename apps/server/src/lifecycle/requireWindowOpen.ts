import type { CampaignDocument } from '@campaign-studio/engine';
import type { JsonObject } from '@campaign-studio/storage';
import { InputIssuesError } from '../trpc/InputIssuesError.js';
import { statusInWindow } from './campaignLifecycle.js';

/**
 * Whether the draft's window (or, with phases, every phase's window) has ended by `now`: such
 * a campaign would never apply, so submitting and approving it are refused.
 */
export function windowIsOver(draft: JsonObject | CampaignDocument, now: Date): boolean {
  return statusInWindow(draft as unknown as CampaignDocument, now.getTime()) === 'ended';
}

/**
 * Approving a campaign whose window is over would end it at once, so it is refused, naming
 * /window; submitting it is refused the same way, while the marketer can still fix it.
 */
export function requireWindowOpen(draft: JsonObject, now: Date): void {
  if (!windowIsOver(draft, now)) return;

  throw new InputIssuesError([
    {
      path: '/window',
      field: 'window',
      keyword: 'window-over',
      message: {
        'zh-CN': '活动时间窗口已经结束，批准后会立即结束：请先修改时间窗口',
        en: "the campaign's window is already over, so it would end at once: change the window",
      },
    },
  ]);
}
