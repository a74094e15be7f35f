import type { CampaignLifecycle, CampaignRecord, JsonObject } from '@campaign-studio/storage';
import { hasUnpublishedChanges } from '../campaigns/hasUnpublishedChanges.js';
import { localizedError } from '../trpc/LocalizedError.js';
import type { LifecycleStatus } from './campaignLifecycle.js';
import type { LifecycleStepName } from './lifecycleSteps.js';

const LIVE: readonly LifecycleStatus[] = ['scheduled', 'running', 'paused'];

/** Where a step on a change of a live campaign leads: its status, and the queue flag. */
export interface LiveChangeStep {
  lifecycle: CampaignLifecycle;
  changeSubmitted: boolean;
}

/**
 * A live (scheduled, running or paused) campaign's draft change goes through approval while
 * the published version keeps running: submit puts it in the queue, approve publishes it,
 * send back takes it out. The status stays as it is. Undefined when `name` is not such a step.
 */
export function liveChangeStep(
  name: LifecycleStepName,
  current: CampaignRecord,
  from: LifecycleStatus,
  published: JsonObject | undefined,
): LiveChangeStep | undefined {
  if (!LIVE.includes(from)) return undefined;
  const lifecycle = current.lifecycle;

  if (name === 'submit') {
    if (current.changeSubmitted) throw alreadySubmitted(current.id);
    if (!hasUnpublishedChanges(current.document, published)) throw nothingToSubmit(current.id);
    return { lifecycle, changeSubmitted: true };
  }
  if (name === 'approve' || name === 'sendBack') {
    if (!current.changeSubmitted) throw noSubmittedChange(current.id);
    return { lifecycle, changeSubmitted: false };
  }

  return undefined;
}

function alreadySubmitted(id: string) {
  return localizedError(
    'CONFLICT',
    `The change of campaign "${id}" is already submitted; wait for the decision.`,
    `活动 ${id} 的修改已提交审批，请等待审批结果。`,
    'wrong-status',
  );
}

function nothingToSubmit(id: string) {
  return localizedError(
    'CONFLICT',
    `Campaign "${id}" has no unpublished changes to submit: change its draft first.`,
    `活动 ${id} 没有可提交的未发布修改：请先修改草稿。`,
    'nothing-to-publish',
  );
}

function noSubmittedChange(id: string) {
  return localizedError(
    'CONFLICT',
    `Campaign "${id}" is live and has no submitted change to decide on.`,
    `活动 ${id} 正在生效，没有待审批的修改。`,
    'wrong-status',
  );
}
