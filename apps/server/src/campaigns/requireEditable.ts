import type { CampaignRecord } from '@campaign-studio/storage';
import { localizedError } from '../trpc/LocalizedError.js';

/**
 * Refuses changing the draft (update, restore, taking a template change) while it waits for
 * approval, so what the manager approves is what they saw, and once the campaign was ended.
 */
export function requireEditable(current: CampaignRecord): void {
  if (current.lifecycle === 'submitted' || current.changeSubmitted) {
    throw localizedError(
      'CONFLICT',
      `Campaign "${current.id}" is submitted for approval and cannot be changed: wait for the ` +
        'decision, or ask a manager to send it back.',
      `活动 ${current.id} 已提交审批，不能修改：请等待审批结果，或请经理退回后再改。`,
      'wrong-status',
    );
  }

  // Ended by the `end` step, for good. One whose window is over may still get a new window.
  if (current.lifecycle !== 'ended') return;

  throw localizedError(
    'CONFLICT',
    `Campaign "${current.id}" has ended and cannot be changed; make a new campaign instead.`,
    `活动 ${current.id} 已结束，不能修改；请新建活动。`,
    'wrong-status',
  );
}
