/**
 * After a campaign changes, every view of it is read again: refine's campaign list and detail,
 * and the tRPC queries of the approval queue, versions and template changes.
 */
import { useCallback } from 'react';
import { useInvalidate } from '@refinedev/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from './trpc.js';

export function useRefreshCampaigns(): (id: string) => Promise<void> {
  const invalidate = useInvalidate();
  const queryClient = useQueryClient();
  const trpc = useTRPC();

  return useCallback(
    async (id: string) => {
      await Promise.all([
        invalidate({ resource: 'campaigns', invalidates: ['list', 'detail'], id }),
        queryClient.invalidateQueries({ queryKey: trpc.campaigns.pathKey() }),
      ]);
    },
    [invalidate, queryClient, trpc],
  );
}
