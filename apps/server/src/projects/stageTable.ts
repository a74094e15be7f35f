import {
  DEFAULT_TIMEZONE,
  resolveWindow,
  type BlockUse,
  type CampaignDocument,
  type Rule,
  type TimeWindow,
} from '@campaign-studio/engine';
import type { ProjectStage } from '@campaign-studio/plugin-power';
import { closeOfDay } from '../schedule/localDays.js';

/** The block whose params hold W2's stage table. */
export const STAGE_DEADLINE_BLOCK = 'power.stage-deadline';

/** The campaign's zone, where its local days begin and end. */
export function campaignZone(document: CampaignDocument): string {
  return document.timezone ?? DEFAULT_TIMEZONE;
}

/**
 * The stage table of a power campaign: the stages of its first `power.stage-deadline` block.
 * With `day`, only a rule in force at the close of that local day counts (the campaign's or
 * its phase's window), so a campaign that has ended or not begun sets no deadlines.
 */
export function stageTable(
  document: CampaignDocument,
  day?: string,
): readonly ProjectStage[] | undefined {
  const zone = campaignZone(document);
  const inForce = (window: TimeWindow | undefined): boolean => {
    if (day === undefined || window === undefined) return true;
    const { startMs, endMs } = resolveWindow(window, zone);
    const close = closeOfDay(day, zone);
    return close >= startMs && close < endMs;
  };
  const rules: Rule[] = [
    ...(inForce(document.window) ? (document.rules ?? []) : []),
    ...(document.phases ?? []).filter((phase) => inForce(phase.window)).flatMap((p) => p.rules),
  ];
  const block = rules.flatMap((rule) => rule.then).find(isStageDeadline);

  return block?.params.stages;
}

function isStageDeadline(
  use: BlockUse,
): use is BlockUse & { params: { stages: readonly ProjectStage[] } } {
  return use.block === STAGE_DEADLINE_BLOCK && Array.isArray(use.params?.stages);
}
