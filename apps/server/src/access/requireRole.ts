import { TRPCError } from '@trpc/server';
import type { UserRecord, UserRole } from '@campaign-studio/storage';

/** Roles that may change campaign drafts. */
export const EDITOR_ROLES: readonly UserRole[] = ['hq-admin', 'branch-manager', 'marketer'];

/** Roles that may publish: a marketer's draft goes live only through a manager or HQ. */
export const PUBLISHER_ROLES: readonly UserRole[] = ['hq-admin', 'branch-manager'];

export function requireRole(user: UserRecord, allowed: readonly UserRole[], action: string): void {
  if (allowed.includes(user.role)) return;

  throw new TRPCError({
    code: 'FORBIDDEN',
    message: `Role ${user.role} may not ${action}; this needs one of: ${allowed.join(', ')}.`,
  });
}
