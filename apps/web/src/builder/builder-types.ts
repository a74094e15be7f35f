/** Shapes of the builder procedures, read from the server's router type. */
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@campaign-studio/server';

type Outputs = inferRouterOutputs<AppRouter>;

export type BuilderIssue = Outputs['builder']['validate']['issues'][number];
export type EstimateAnswer = Outputs['builder']['estimate'];
export type CampaignView = Outputs['campaigns']['get'];
export type DocumentInput = inferRouterInputs<AppRouter>['builder']['validate']['document'];
