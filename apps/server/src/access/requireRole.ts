import { localizedError } from '../trpc/LocalizedError.js';
import type { UserRecord, UserRole } from '@campaign-studio/storage';

/** Roles that may change campaign drafts. */
export const EDITOR_ROLES: readonly UserRole[] = ['hq-admin', 'branch-manager', 'marketer'];

/** Roles that may publish: a marketer's draft goes live only through a manager or HQ. */
export const PUBLISHER_ROLES: readonly UserRole[] = ['hq-admin', 'branch-manager'];

/** What a role may be refused, in both languages. */
export interface RoleAction {
  en: string;
  zh: string;
}

export const ACTIONS = {
  create: { en: 'create campaigns', zh: '创建活动' },
  change: { en: 'change campaigns', zh: '修改活动' },
  publish: { en: 'publish campaigns', zh: '发布活动' },
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
    `角色 ${user.role} 不能${action.zh}；需要以下角色之一：${allowed.join('、')}。`,
    'role',
  );
}
