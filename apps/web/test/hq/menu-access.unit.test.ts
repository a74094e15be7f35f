/** The menu each role gets. */
import { describe, expect, it } from 'vitest';
import { isReadOnly, mayUse, SHELL_RESOURCES } from '../../src/lib/menu-access.js';

const menuOf = (role: string | undefined) =>
  SHELL_RESOURCES.filter((resource) => mayUse(role, resource));

describe('menu entries by role', () => {
  it('shows HQ admins every page', () => {
    expect(menuOf('hq-admin')).toEqual([
      'campaigns',
      'approvals',
      'templates',
      'branches',
      'users',
      'audit',
      'projects',
    ]);
  });

  it('shows a branch manager the approval queue, users and the audit log, not branches', () => {
    expect(menuOf('branch-manager')).toEqual([
      'campaigns',
      'approvals',
      'templates',
      'users',
      'audit',
      'projects',
    ]);
  });

  it('shows a marketer campaigns, templates and connection projects', () => {
    expect(menuOf('marketer')).toEqual(['campaigns', 'templates', 'projects']);
  });

  it('shows an auditor the audit log and read-only pages, without the approval queue', () => {
    expect(menuOf('auditor')).toEqual([
      'campaigns',
      'templates',
      'branches',
      'users',
      'audit',
      'projects',
    ]);
    expect(isReadOnly('auditor')).toBe(true);
    expect(isReadOnly('marketer')).toBe(false);
  });

  it('shows nothing to an unknown role or before sign-in', () => {
    expect(menuOf('visitor')).toEqual([]);
    expect(menuOf(undefined)).toEqual([]);
  });
});
