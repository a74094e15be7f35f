/**
 * Which pages of the menu a role may use. The auditor reads everything and changes nothing;
 * the integrator works with plugins and templates. The server refuses what a role may not do;
 * the menu only leaves out pages that would show nothing but refusals.
 */

export const SHELL_RESOURCES = [
  'campaigns',
  'approvals',
  'templates',
  'branches',
  'users',
  'audit',
  'projects',
] as const;

export type ShellResource = (typeof SHELL_RESOURCES)[number];

const RESOURCES_BY_ROLE: Record<string, readonly ShellResource[]> = {
  'hq-admin': SHELL_RESOURCES,
  'branch-manager': ['campaigns', 'approvals', 'templates', 'users', 'audit', 'projects'],
  marketer: ['campaigns', 'templates', 'projects'],
  integrator: ['campaigns', 'templates'],
  auditor: ['campaigns', 'templates', 'branches', 'users', 'audit', 'projects'],
};

/** Roles that only read: their pages show no buttons that change anything. */
const READ_ONLY_ROLES: readonly string[] = ['auditor', 'integrator'];

export function mayUse(role: string | undefined, resource: string): boolean {
  if (role === undefined) return false;

  return (RESOURCES_BY_ROLE[role] ?? []).some((allowed) => allowed === resource);
}

export function isReadOnly(role: string | undefined): boolean {
  return role === undefined || READ_ONLY_ROLES.includes(role);
}

/** Who may create branches and set template bounds: HQ's administrators. */
export function isHqAdmin(role: string | undefined): boolean {
  return role === 'hq-admin';
}

/** Who may add and change users: HQ admins everywhere, branch managers in their branch. */
export function mayManageUsers(role: string | undefined): boolean {
  return role === 'hq-admin' || role === 'branch-manager';
}
