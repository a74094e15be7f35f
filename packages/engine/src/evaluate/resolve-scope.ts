import type { CompiledCampaign, CompiledRule } from '../compile/compiled.js';
import { describeWindow, windowContains } from '../time/index.js';
import type { EvaluationContext, LocalInstant, Reason } from '../types/index.js';

/** A campaign that is in scope for a context, with the rules of its active phase. */
export interface ActiveCampaign {
  rules: CompiledRule[];
  phase?: string;
}

export type ScopeResult = { active: ActiveCampaign } | { outOfScope: Reason };

/**
 * Decides whether a campaign considers a context at all: its channels, its branches, its
 * window, or for a phased campaign the phase the instant falls in.
 */
export function resolveScope(
  campaign: CompiledCampaign,
  context: EvaluationContext,
  local: LocalInstant,
): ScopeResult {
  const channels = campaign.scope?.channels;
  if (channels && !channels.includes(context.channel ?? '')) {
    return outOfScope('/scope/channels', channels.join(' | '), context.channel ?? '—', {
      'zh-CN': `渠道 ${context.channel ?? '（未提供）'} 不在活动范围内`,
      en: `channel ${context.channel ?? '(none)'} is not one of the campaign's channels`,
    });
  }
  const branches = campaign.scope?.branches;
  if (branches && !branches.includes(context.branchId ?? '')) {
    return outOfScope('/scope/branches', branches.join(' | '), context.branchId ?? '—', {
      'zh-CN': `门店/分公司 ${context.branchId ?? '（未提供）'} 不在活动范围内`,
      en: `branch ${context.branchId ?? '(none)'} is not one of the campaign's branches`,
    });
  }
  if (campaign.window && !windowContains(campaign.window.resolved, local.epochMs)) {
    const when = whenOf(local);
    const expected = describeWindow(campaign.window.raw);
    return outOfScope('/window', expected, when, {
      'zh-CN': `${when} 不在活动时间 ${expected} 内`,
      en: `${when} is outside the campaign window ${expected}`,
    });
  }
  if (campaign.phases) {
    const phase = campaign.phases.find((each) => windowContains(each.resolved, local.epochMs));
    if (!phase) {
      const when = whenOf(local);
      const expected = campaign.phases
        .map((each) => `${each.id} ${describeWindow(each.window)}`)
        .join('; ');
      return outOfScope('/phases', expected, when, {
        'zh-CN': `${when} 不在任何阶段内`,
        en: `${when} falls in no phase`,
      });
    }
    return { active: { rules: phase.rules, phase: phase.id } };
  }

  return { active: { rules: campaign.rules } };
}

function whenOf(local: LocalInstant): string {
  return `${local.date} ${local.time.slice(0, 8)}`;
}

function outOfScope(
  path: string,
  expected: string,
  actual: string,
  message: Reason['message'],
): ScopeResult {
  return { outOfScope: { path, message, expected, actual } };
}
