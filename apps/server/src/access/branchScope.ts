import { localizedError } from '../trpc/LocalizedError.js';
import type { UserRecord } from '@campaign-studio/storage';

/** HQ's branch id: its users see every branch, and its published campaigns apply everywhere. */
export const HQ_BRANCH_ID = 'hq';

/** The branches a user may read and write; `undefined` means all of them (HQ). */
export function visibleBranches(user: UserRecord): string[] | undefined {
  return user.branchId === HQ_BRANCH_ID ? undefined : [user.branchId];
}

export function canSeeBranch(user: UserRecord, branchId: string): boolean {
  const visible = visibleBranches(user);
  return visible === undefined || visible.includes(branchId);
}

/**
 * The branch a new campaign belongs to: the one asked for if the user may write there, else
 * the user's own. A branch user asking for another branch is refused.
 */
export function branchForWrite(user: UserRecord, requested: string | undefined): string {
  if (requested === undefined) return user.branchId;
  if (canSeeBranch(user, requested)) return requested;

  throw localizedError(
    'FORBIDDEN',
    `branchId: you work for branch "${user.branchId}" and cannot write to "${requested}".`,
    `branchId：你属于分支 ${user.branchId}，不能在分支 ${requested} 中创建或修改。`,
    'other-branch',
  );
}
