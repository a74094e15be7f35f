import { publicProcedure, router } from '../trpc/trpc.js';

export const registryRouter = router({
  /** Plugins, blocks, templates and samples for the shell, and the plugins that were refused. */
  get: publicProcedure.query(({ ctx }) => ({
    ...ctx.services.registry.describe(),
    refused: ctx.services.refused,
  })),
});
