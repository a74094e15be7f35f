import type { UserRole } from '@campaign-studio/storage';
import type { LifecycleStatus } from '../lifecycle/campaignLifecycle.js';
import type { LifecycleStepName } from '../lifecycle/lifecycleSteps.js';

/**
 * The one table of Chinese names for the codes that appear inside messages: zh-CN messages
 * say 草稿 and 总部管理员, never `draft` or `hq-admin`.
 */
export const ZH_NAMES = {
  status: {
    draft: '草稿',
    submitted: '已提交',
    approved: '已批准',
    scheduled: '已排期',
    running: '进行中',
    paused: '已暂停',
    ended: '已结束',
  } satisfies Record<LifecycleStatus | 'approved', string>,
  step: {
    submit: '提交',
    approve: '批准',
    sendBack: '退回',
    pause: '暂停',
    resume: '恢复',
    end: '结束',
  } satisfies Record<LifecycleStepName, string>,
  role: {
    'hq-admin': '总部管理员',
    'branch-manager': '分支经理',
    marketer: '营销人员',
    integrator: '集成方',
    auditor: '审计员',
  } satisfies Record<UserRole, string>,
} as const;

export function zhStatus(status: LifecycleStatus | 'approved'): string {
  return ZH_NAMES.status[status];
}

export function zhStep(step: LifecycleStepName): string {
  return ZH_NAMES.step[step];
}

export function zhRole(role: UserRole): string {
  return ZH_NAMES.role[role];
}
