import type { EvaluationContext } from '@campaign-studio/engine';
import type { AppServices } from '../AppServices.js';
import { InputIssuesError } from '../trpc/InputIssuesError.js';

/**
 * Refuses a context whose `branchId` is no branch: evaluating it would silently apply only
 * HQ's campaigns, which looks like a valid answer for a typo.
 */
export async function checkContextBranch(
  services: AppServices,
  context: EvaluationContext,
): Promise<void> {
  const { branchId } = context;
  if (branchId === undefined) return;
  if (await services.caches.branches.exists(services.repositories.branches, branchId)) return;

  throw new InputIssuesError([
    {
      path: '/context/branchId',
      field: 'branchId',
      keyword: 'unknown-branch',
      message: {
        'zh-CN': `没有分支 ${branchId}（未知分支）；branches.list 列出所有分支`,
        en: `unknown branch ${branchId}; branches.list lists them`,
      },
    },
  ]);
}
