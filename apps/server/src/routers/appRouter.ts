import { router } from '../trpc/trpc.js';
import { authRouter } from './authRouter.js';
import { builderRouter } from './builderRouter.js';
import { campaignsRouter } from './campaignsRouter.js';
import { branchesRouter, customersRouter } from './directoryRouters.js';
import { evaluateProcedure, simulateProcedure } from './evaluationRouter.js';
import { registryRouter } from './registryRouter.js';
import { templatesRouter } from './templatesRouter.js';

/** The whole API; docs/api.md describes every procedure. */
export const appRouter = router({
  auth: authRouter,
  registry: registryRouter,
  templates: templatesRouter,
  campaigns: campaignsRouter,
  builder: builderRouter,
  branches: branchesRouter,
  customers: customersRouter,
  evaluate: evaluateProcedure,
  simulate: simulateProcedure,
});

export type AppRouter = typeof appRouter;
