import { localizedError } from '../trpc/LocalizedError.js';
import type { UserRecord, UserRole } from '@campaign-studio/storage';
import { zhRole } from './zhNames.js';

/** Roles that may change campaign drafts. */
export const EDITOR_ROLES: readonly UserRole[] = ['hq-admin', 'branch-manager', 'marketer'];

/** Roles that may publish: a marketer's draft goes live only through a manager or HQ. */
export const PUBLISHER_ROLES: readonly UserRole[] = ['hq-admin', 'branch-manager'];

/** Roles that administer people: branch managers only within their own branch. */
export const USER_ADMIN_ROLES: readonly UserRole[] = ['hq-admin', 'branch-manager'];

/** Roles that may list people. */
export const USER_READER_ROLES: readonly UserRole[] = ['hq-admin', 'branch-manager', 'auditor'];

/** Roles that read the audit log: the auditor reads everything and changes nothing. */
export const AUDIT_READER_ROLES: readonly UserRole[] = ['hq-admin', 'auditor', 'branch-manager'];

export const HQ_ADMIN: readonly UserRole[] = ['hq-admin'];

/** What a role may be refused, in both languages. */
export interface RoleAction {
  en: string;
  zh: string;
}

export const ACTIONS = {
  create: { en: 'create campaigns', zh: '创建活动' },
  change: { en: 'change campaigns', zh: '修改活动' },
  publish: { en: 'publish campaigns', zh: '发布活动' },
  submit: { en: 'submit campaigns for approval', zh: '提交活动审批' },
  approve: { en: 'approve campaigns or send them back', zh: '审批或退回活动' },
  run: { en: 'pause, resume or end campaigns', zh: '暂停、恢复或结束活动' },
  restore: { en: 'restore campaign versions', zh: '恢复活动的历史版本' },
  listUsers: { en: 'list users', zh: '查看用户' },
  manageUsers: { en: 'create or change users', zh: '创建或修改用户' },
  manageBranches: { en: 'create branches', zh: '创建分支' },
  setBounds: { en: 'set template bounds', zh: '设置模板参数范围' },
  readAudit: { en: 'read the audit log', zh: '查看审计日志' },
} as const satisfies Record<string, RoleAction>;

export function requireRole(
  user: UserRecord,
  allowed: readonly UserRole[],
  action: RoleAction,
): void {
  if (allowed.includes(user.role)) return;

  throw localizedError(
    'FORBIDDEN',
    `Role ${user.role} may not ${action.en}; this needs one of: ${allowed.join(', ')}.`,
    `${zhRole(user.role)}不能${action.zh}；需要以下角色之一：${allowed.map(zhRole).join('、')}。`,
    'role',
  );
}
