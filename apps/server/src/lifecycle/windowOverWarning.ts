import type { CampaignDocument, LocalizedText } from '@campaign-studio/engine';
import type { JsonObject } from '@campaign-studio/storage';
import { windowIsOver } from './requireWindowOpen.js';

export interface WindowOverWarning {
  path: string;
  field: string;
  keyword: 'window-over';
  message: LocalizedText;
}

/**
 * The builder's early word for what submit and approve would refuse: a draft whose window (or
 * every phase's) is over. It points at the window to change, the last phase's with phases.
 */
export function windowOverWarning(
  draft: JsonObject | CampaignDocument,
  now: Date,
): WindowOverWarning | undefined {
  if (!windowIsOver(draft, now)) return undefined;

  const phases = (draft as unknown as CampaignDocument).phases;
  const path = phases === undefined ? '/window' : `/phases/${phases.length - 1}/window`;
  return {
    path,
    field: 'window',
    keyword: 'window-over',
    message: {
      'zh-CN': '活动时间窗口已经结束：活动永远不会生效，修改日期之前也无法提交审批',
      en:
        "the campaign's window is already over: it will never apply, and it cannot be " +
        'submitted until the dates change',
    },
  };
}
