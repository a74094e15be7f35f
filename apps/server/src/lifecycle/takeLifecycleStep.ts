import { inTransaction, type UserRecord } from '@campaign-studio/storage';
import { requireRole } from '../access/requireRole.js';
import type { AppServices } from '../AppServices.js';
import { recordAudit } from '../audit/recordAudit.js';
import type { CampaignView } from '../campaigns/CampaignView.js';
import { findVisibleCampaign, staleRevision } from '../campaigns/findVisibleCampaign.js';
import { publishDraft } from '../campaigns/publishDraft.js';
import { viewOf } from '../campaigns/viewOf.js';
import { zhStatus, zhStep } from '../access/zhNames.js';
import { localizedError } from '../trpc/LocalizedError.js';
import { lifecycleStatus, type LifecycleStatus } from './campaignLifecycle.js';
import { liveChangeStep } from './liveChangeStep.js';
import { requireWindowOpen } from './requireWindowOpen.js';
import { LIFECYCLE_STEPS, type LifecycleStep, type LifecycleStepName } from './lifecycleSteps.js';

export interface StepInput {
  id: string;
  revision: number;
  reason?: string;
}

/**
 * Takes one step: role, branch, revision and status are checked first; then the change, its
 * `campaign_events` row and its audit entry are written in one transaction.
 */
export async function takeLifecycleStep(
  services: AppServices,
  user: UserRecord,
  name: LifecycleStepName,
  input: StepInput,
): Promise<CampaignView> {
  const step: LifecycleStep = LIFECYCLE_STEPS[name];
  requireRole(user, step.roles, step.action);
  const current = await findVisibleCampaign(services, user, input.id);
  if (current.revision !== input.revision) throw staleRevision(current, input.revision);

  const now = services.clock();
  const published =
    current.publishedVersion === undefined
      ? undefined
      : (await services.repositories.campaigns.publishedDocuments([current.id])).get(current.id);
  const from = lifecycleStatus(current, published, now);
  const live = liveChangeStep(name, current, from, published);
  if (live === undefined && !step.from.includes(from)) throw wrongStatus(name, from, step.from);
  // Submitting what approval would refuse only wastes the manager's turn: refused at once.
  if (name === 'submit' || name === 'approve') requireWindowOpen(current.document, now);
  const to = live?.lifecycle ?? step.to;

  const record = await inTransaction(services.database.db, async (tx) => {
    const changed = step.publishes
      ? await publishDraft(services, tx, user, current, input.revision, to)
      : await tx.campaigns.setLifecycle(
          current.id,
          input.revision,
          to,
          // An ended campaign has nothing left to approve.
          live?.changeSubmitted ?? (to === 'ended' ? false : undefined),
        );
    const version = step.publishes ? changed.publishedVersion : undefined;
    await tx.campaignEvents.record({
      campaignId: current.id,
      at: now,
      actorId: user.id,
      from,
      to: name === 'submit' ? 'submitted' : to,
      ...(input.reason === undefined ? {} : { reason: input.reason }),
      ...(version === undefined ? {} : { version }),
    });
    await recordAudit(tx, {
      at: now,
      actor: user,
      branchId: current.branchId,
      entityType: 'campaign',
      entityId: current.id,
      action: name,
      before: { lifecycle: from, revision: current.revision },
      after: {
        lifecycle: to,
        ...(live === undefined ? {} : { changeSubmitted: live.changeSubmitted }),
        revision: changed.revision,
        ...(input.reason === undefined ? {} : { reason: input.reason }),
        ...(version === undefined ? {} : { publishedVersion: version }),
      },
    });
    return changed;
  });

  return viewOf(services, record);
}

function wrongStatus(
  name: LifecycleStepName,
  from: LifecycleStatus,
  allowed: readonly LifecycleStatus[],
) {
  const zhAllowed = allowed.map((status) => `“${zhStatus(status)}”`).join('或');
  return localizedError(
    'CONFLICT',
    `The campaign is ${from}; ${name} is only possible when it is ${allowed.join(' or ')}.`,
    `活动当前状态为“${zhStatus(from)}”；只有状态为${zhAllowed}时才能${zhStep(name)}。`,
    'wrong-status',
  );
}
