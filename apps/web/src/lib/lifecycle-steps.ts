/**
 * Which lifecycle steps a person sees on a campaign: the steps its status allows, filtered by
 * what the person's role may do. The server decides and refuses the rest; the shell only hides
 * buttons that would be refused.
 */

/** Every status a campaign passes through, in order. */
export const CAMPAIGN_STATUSES = [
  'draft',
  'submitted',
  'approved',
  'scheduled',
  'running',
  'paused',
  'ended',
] as const;

export type LifecycleStatus = (typeof CAMPAIGN_STATUSES)[number];

export const LIFECYCLE_STEPS = ['submit', 'approve', 'sendBack', 'pause', 'resume', 'end'] as const;

export type LifecycleStep = (typeof LIFECYCLE_STEPS)[number];

/** The steps each status allows, whoever asks. */
const STEPS_BY_STATUS: Record<LifecycleStatus, readonly LifecycleStep[]> = {
  draft: ['submit'],
  submitted: ['approve', 'sendBack'],
  // The server shows an approved campaign as scheduled, running or ended, by its window.
  approved: ['pause', 'end'],
  scheduled: ['pause', 'end'],
  running: ['pause', 'end'],
  paused: ['resume', 'end'],
  ended: [],
};

/** Editors submit; a branch manager (own branch) or an HQ admin decides and runs. */
const STEPS_BY_ROLE: Record<string, readonly LifecycleStep[]> = {
  marketer: ['submit'],
  'branch-manager': ['submit', 'approve', 'sendBack', 'pause', 'resume', 'end'],
  'hq-admin': ['submit', 'approve', 'sendBack', 'pause', 'resume', 'end'],
};

export function isLifecycleStatus(status: string): status is LifecycleStatus {
  return (CAMPAIGN_STATUSES as readonly string[]).includes(status);
}

/** The steps to offer, in lifecycle order; none for an unknown role or status. */
export function stepsFor(role: string | undefined, status: string): LifecycleStep[] {
  if (role === undefined || !isLifecycleStatus(status)) return [];
  const mayTake = STEPS_BY_ROLE[role] ?? [];

  return STEPS_BY_STATUS[status].filter((step) => mayTake.includes(step));
}

/** Publishing approves at once, so it is for those who approve (the server refuses the rest). */
export function mayPublish(role: string | undefined): boolean {
  return role !== undefined && (STEPS_BY_ROLE[role] ?? []).includes('approve');
}
