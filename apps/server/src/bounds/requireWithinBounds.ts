import type { TemplateDefinition } from '@campaign-studio/sdk';
import type { UserRecord } from '@campaign-studio/storage';
import { HQ_BRANCH_ID } from '../access/branchScope.js';
import type { AppServices } from '../AppServices.js';
import { InputIssuesError } from '../trpc/InputIssuesError.js';
import { checkBounds } from './checkBounds.js';
import { effectiveBounds } from './effectiveBounds.js';

/** Refuses a branch user's params outside HQ's bounds (BAD_REQUEST); HQ is not bound. */
export async function requireWithinBounds(
  services: AppServices,
  user: UserRecord,
  template: TemplateDefinition,
  params: Record<string, unknown>,
  prefix = '/params',
): Promise<void> {
  if (user.branchId === HQ_BRANCH_ID) return;

  const { bounds } = await effectiveBounds(services.repositories, template);
  const issues = checkBounds(template, bounds, params, prefix);
  if (issues.length > 0) throw new InputIssuesError(issues, 'OUTSIDE_BOUNDS');
}
