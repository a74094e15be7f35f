/**
 * The one tRPC client and the one QueryClient of the shell. refine and the tRPC hooks share the
 * QueryClient, so a campaign fetched by either is cached once and invalidated once.
 */
import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { AppRouter } from '@campaign-studio/server';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Validation errors and missing rights do not get better by asking again.
      retry: false,
      refetchOnWindowFocus: false,
    },
  },
});

export const trpcClient = createTRPCClient<AppRouter>({
  links: [
    httpBatchLink({
      url: '/trpc',
      // Queries go as POST too: a campaign document in a URL passes the 16 KB header limit.
      methodOverride: 'POST',
      // The session is an HTTP-only cookie; same origin, but say so for proxies and dev.
      fetch: (url: RequestInfo | URL, init?: RequestInit) =>
        fetch(url, { ...init, credentials: 'include' }),
    }),
  ],
});

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();
