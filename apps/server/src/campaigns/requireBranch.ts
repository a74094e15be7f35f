import type { AppServices } from '../AppServices.js';
import { InputIssuesError } from '../trpc/InputIssuesError.js';

/** A branch a campaign is made for must exist; otherwise the input names `/branchId`. */
export async function requireBranch(
  services: AppServices,
  branchId: string,
  path = '/branchId',
): Promise<void> {
  if ((await services.repositories.branches.get(branchId)) !== undefined) return;

  throw new InputIssuesError([
    {
      path,
      field: path.slice(1),
      keyword: 'unknown-branch',
      message: { 'zh-CN': `没有分支 ${branchId}`, en: `there is no branch ${branchId}` },
    },
  ]);
}
