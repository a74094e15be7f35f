// Types only: the engine's code is not bundled into the shell.
import type { CampaignDocument } from '@campaign-studio/engine';

const DEFAULT_TIMEZONE = 'Asia/Shanghai';

/**
 * Where a campaign built from nothing starts: one rule with empty slots. Not valid yet (a rule
 * needs a benefit); the problems list says so until the marketer drops one in.
 */
export function blankCampaign(id: string): CampaignDocument {
  return {
    id,
    version: 1,
    name: { 'zh-CN': '新活动', en: 'New campaign' },
    timezone: DEFAULT_TIMEZONE,
    rules: [{ id: 'rule-1', then: [] }],
  };
}

/** A campaign id that the schema accepts and that is unlikely to be taken. */
export function newDraftId(random: () => number = Math.random): string {
  return `campaign-${Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')}`;
}
