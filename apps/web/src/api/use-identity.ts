/** The signed-in user as refine knows them, typed as the shell's `User`. */
import { useGetIdentity } from '@refinedev/core';
import type { User } from './types.js';

export function useIdentity(): User | undefined {
  const { data } = useGetIdentity<User>();

  return data ?? undefined;
}
