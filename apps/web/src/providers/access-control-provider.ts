/**
 * refine's access control: the menu (and `CanAccess` on routes) shows a page only to the roles
 * that may use it (see lib/menu-access.ts). The signed-in user is read once and kept with the
 * other queries, which sign-out clears.
 */
import type { AccessControlProvider } from '@refinedev/core';
import { queryClient, trpcClient } from '../api/trpc.js';
import { mayUse } from '../lib/menu-access.js';

/** Cleared at sign-in too, so that the next person's menu is their own. */
export const ACCESS_USER_KEY = ['access', 'user'] as const;

async function signedInRole(): Promise<string | undefined> {
  const answer = await queryClient.fetchQuery({
    queryKey: ACCESS_USER_KEY,
    queryFn: () => trpcClient.auth.me.query(),
    staleTime: 60_000,
  });

  return answer.user?.role;
}

export const accessControlProvider: AccessControlProvider = {
  async can({ resource }) {
    if (resource === undefined) return { can: true };

    return { can: mayUse(await signedInRole(), resource) };
  },
};
