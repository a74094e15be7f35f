import type { CompiledCampaign, CompiledRule } from '../compile/compiled.js';
import { describeWindow, windowContains } from '../time/index.js';
import { STAGES, type EvaluationContext, type Reason } from '../types/index.js';

/** A campaign that is in scope for a context, with the rules of its active phase. */
export interface ActiveCampaign {
  rules: CompiledRule[];
  phase?: string;
  /**
   * By stage index, the rules whose first stage it is: found once when the scope bucket is
   * made, since every stage of every evaluation asks for them.
   */
  byStage: readonly (readonly CompiledRule[])[];
}

/**
 * Why a campaign is out of scope: its channels, its branches, its window or phases. The same
 * for every context of a scope bucket (same channel, branch, and slot between window edges).
 */
export type ScopeResult = { active: ActiveCampaign } | { outOfScope: Reason };

/**
 * Decides whether a campaign considers a context at all: its channels, its branches, its
 * window, or for a phased campaign the phase the instant falls in.
 */
export function resolveScope(
  campaign: CompiledCampaign,
  context: EvaluationContext,
  epochMs: number,
): ScopeResult {
  const { channel, branchId } = context;
  const channels = campaign.scope?.channels;
  if (channels && !channels.includes(channel ?? '')) {
    return outOfScope('/scope/channels', channels.join(' | '), channel ?? '—', {
      'zh-CN': `渠道 ${channel ?? '（未提供）'} 不在活动范围内`,
      en: `channel ${channel ?? '(none)'} is not one of the campaign's channels`,
    });
  }
  const branches = campaign.scope?.branches;
  if (branches && !branches.includes(branchId ?? '')) {
    return outOfScope('/scope/branches', branches.join(' | '), branchId ?? '—', {
      'zh-CN': `门店/分公司 ${branchId ?? '（未提供）'} 不在活动范围内`,
      en: `branch ${branchId ?? '(none)'} is not one of the campaign's branches`,
    });
  }
  // The instant itself is the context's: the reason names the window, so that it is the
  // same for every order of the bucket and is built once (see `skippedOutcome`).
  const window = campaign.window;
  if (window && !windowContains(window.resolved, epochMs)) {
    const expected = describeWindow(window.raw);
    return outOfScope('/window', expected, undefined, {
      'zh-CN': `下单时间不在活动时间 ${expected} 内`,
      en: `the order's time is outside the campaign window ${expected}`,
    });
  }
  const phases = campaign.phases;
  if (phases) {
    const phase = phases.find((each) => windowContains(each.resolved, epochMs));
    if (!phase) {
      const expected = phases.map((each) => `${each.id} ${describeWindow(each.window)}`);
      return outOfScope('/phases', expected.join('; '), undefined, {
        'zh-CN': '下单时间不在任何阶段内',
        en: "the order's time falls in no phase",
      });
    }
    return { active: activeOf(campaign, phase.rules, phase.id) };
  }

  return { active: activeOf(campaign, campaign.rules, undefined) };
}

function activeOf(
  campaign: CompiledCampaign,
  rules: CompiledRule[],
  phase: string | undefined,
): ActiveCampaign {
  const byStage = STAGES.map((stage) => campaign.rulesAt(phase, stage));

  return phase === undefined ? { rules, byStage } : { rules, phase, byStage };
}

function outOfScope(
  path: string,
  expected: string,
  actual: string | undefined,
  message: Reason['message'],
): ScopeResult {
  const reason: Reason = { path, message, expected };
  if (actual !== undefined) reason.actual = actual;

  return { outOfScope: reason };
}
