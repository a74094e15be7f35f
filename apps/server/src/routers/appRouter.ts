import { router } from '../trpc/trpc.js';
import { auditRouter } from './auditRouter.js';
import { authRouter } from './authRouter.js';
import { builderRouter } from './builderRouter.js';
import { campaignsRouter } from './campaignsRouter.js';
import { branchesRouter, customersRouter } from './directoryRouters.js';
import { evaluateProcedure, simulateProcedure } from './evaluationRouter.js';
import { alertsRouter, projectsRouter } from './projectsRouter.js';
import { couponsRouter, drawsRouter, redemptionRouter } from './redemptionRouter.js';
import { registryRouter } from './registryRouter.js';
import { templatesRouter } from './templatesRouter.js';
import { usersRouter } from './usersRouter.js';

/** The whole API; docs/api.md describes every procedure. */
export const appRouter = router({
  auth: authRouter,
  registry: registryRouter,
  templates: templatesRouter,
  campaigns: campaignsRouter,
  builder: builderRouter,
  branches: branchesRouter,
  customers: customersRouter,
  users: usersRouter,
  audit: auditRouter,
  evaluate: evaluateProcedure,
  simulate: simulateProcedure,
  projects: projectsRouter,
  alerts: alertsRouter,
  redemption: redemptionRouter,
  coupons: couponsRouter,
  draws: drawsRouter,
});

export type AppRouter = typeof appRouter;
