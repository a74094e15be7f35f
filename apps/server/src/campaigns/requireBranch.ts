import type { AppServices } from '../AppServices.js';
import { InputIssuesError } from '../trpc/InputIssuesError.js';

/** A branch a campaign is made for must exist; otherwise the input names `/branchId`. */
export async function requireBranch(services: AppServices, branchId: string): Promise<void> {
  if ((await services.repositories.branches.get(branchId)) !== undefined) return;

  throw new InputIssuesError([
    {
      path: '/branchId',
      field: 'branchId',
      keyword: 'unknown-branch',
      message: { 'zh-CN': `没有分支 ${branchId}`, en: `there is no branch ${branchId}` },
    },
  ]);
}
