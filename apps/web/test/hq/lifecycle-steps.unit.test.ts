/** Which lifecycle buttons each role sees on a campaign in each status. */
import { describe, expect, it } from 'vitest';
import { CAMPAIGN_STATUSES, mayPublish, stepsFor } from '../../src/lib/lifecycle-steps.js';

describe('lifecycle steps by role and status', () => {
  it('lets a marketer submit a draft and nothing else', () => {
    const offered = CAMPAIGN_STATUSES.map((status) => [status, stepsFor('marketer', status)]);

    expect(Object.fromEntries(offered)).toEqual({
      draft: ['submit'],
      submitted: [],
      approved: [],
      scheduled: [],
      running: [],
      paused: [],
      ended: [],
    });
  });

  it('lets a branch manager decide on a submitted campaign and run an approved one', () => {
    expect(stepsFor('branch-manager', 'draft')).toEqual(['submit']);
    expect(stepsFor('branch-manager', 'submitted')).toEqual(['approve', 'sendBack']);
    expect(stepsFor('branch-manager', 'scheduled')).toEqual(['pause', 'end']);
    expect(stepsFor('branch-manager', 'running')).toEqual(['pause', 'end']);
    expect(stepsFor('branch-manager', 'paused')).toEqual(['resume', 'end']);
    expect(stepsFor('branch-manager', 'ended')).toEqual([]);
  });

  it('gives HQ admins the manager steps', () => {
    for (const status of CAMPAIGN_STATUSES) {
      expect(stepsFor('hq-admin', status)).toEqual(stepsFor('branch-manager', status));
    }
  });

  it('offers the read-only roles nothing', () => {
    for (const role of ['auditor', 'integrator', undefined]) {
      expect(CAMPAIGN_STATUSES.flatMap((status) => stepsFor(role, status))).toEqual([]);
    }
  });

  it('offers nothing for a status it does not know', () => {
    expect(stepsFor('hq-admin', 'published')).toEqual([]);
  });

  it('lets only those who approve publish from the builder', () => {
    const roles = ['hq-admin', 'branch-manager', 'marketer', 'auditor', 'integrator', undefined];
    expect(roles.filter(mayPublish)).toEqual(['hq-admin', 'branch-manager']);
  });
});
