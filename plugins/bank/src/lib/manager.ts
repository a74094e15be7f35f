import type { EvaluationContext } from '@campaign-studio/sdk';

/**
 * Who looks after the customer, as the core banking system says in the event: the account
 * manager is told of what the customer gets. Branch visibility itself is the server's (campaign
 * scope and the context's `branchId`).
 */
export function managerOf(context: EvaluationContext): Record<string, string> {
  const manager = context.event?.accountManager;
  const who: Record<string, string> = {};
  if (typeof manager === 'string' && manager.length > 0) who.accountManager = manager;
  if (context.branchId !== undefined) who.branch = context.branchId;

  return who;
}
