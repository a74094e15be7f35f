import type { CampaignLifecycle, UserRole } from '@campaign-studio/storage';
import { ACTIONS, EDITOR_ROLES, PUBLISHER_ROLES, type RoleAction } from '../access/requireRole.js';
import type { LifecycleStatus } from './campaignLifecycle.js';

/** One step of the life cycle: who may take it, from which statuses, and where it leads. */
export interface LifecycleStep {
  roles: readonly UserRole[];
  action: RoleAction;
  from: readonly LifecycleStatus[];
  to: CampaignLifecycle;
  /** Approval freezes the draft as a new version, in the same transaction as the step. */
  publishes?: boolean;
  /** Sending back says why, so the marketer knows what to fix. */
  needsReason?: boolean;
}

/**
 * draft → submitted → approved (scheduled → running ⇄ paused) → ended, or submitted → draft
 * when a manager sends it back. Marketers submit; managers of the branch and HQ decide.
 */
export const LIFECYCLE_STEPS = {
  submit: { roles: EDITOR_ROLES, action: ACTIONS.submit, from: ['draft'], to: 'submitted' },
  approve: {
    roles: PUBLISHER_ROLES,
    action: ACTIONS.approve,
    from: ['submitted'],
    to: 'approved',
    publishes: true,
  },
  sendBack: {
    roles: PUBLISHER_ROLES,
    action: ACTIONS.approve,
    from: ['submitted'],
    to: 'draft',
    needsReason: true,
  },
  pause: {
    roles: PUBLISHER_ROLES,
    action: ACTIONS.run,
    from: ['scheduled', 'running'],
    to: 'paused',
  },
  resume: { roles: PUBLISHER_ROLES, action: ACTIONS.run, from: ['paused'], to: 'approved' },
  end: {
    roles: PUBLISHER_ROLES,
    action: ACTIONS.run,
    from: ['scheduled', 'running', 'paused'],
    to: 'ended',
  },
} as const satisfies Record<string, LifecycleStep>;

export type LifecycleStepName = keyof typeof LIFECYCLE_STEPS;
