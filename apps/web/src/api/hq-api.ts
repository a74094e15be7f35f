/**
 * Shapes of the HQ and branch procedures, taken from the server's router type: when the API
 * changes, the pages that use it stop compiling instead of failing at run time.
 */
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@campaign-studio/server';

type Outputs = inferRouterOutputs<AppRouter>;
type Inputs = inferRouterInputs<AppRouter>;

export type BranchRow = Outputs['branches']['list'][number];
export type BranchCreateInput = Inputs['branches']['create'];

export type UserRow = Outputs['users']['list'][number];
export type UserCreateInput = Inputs['users']['create'];
export type UserUpdateInput = Inputs['users']['update'];

export type AuditPage = Outputs['audit']['list'];
export type AuditEntry = AuditPage['entries'][number];
export type AuditQuery = NonNullable<Inputs['audit']['list']>;

export type CampaignSummaryRow = Outputs['campaigns']['list'][number];
export type CampaignVersionRow = Outputs['campaigns']['versions'][number];
export type TemplateChanges = Outputs['campaigns']['templateChanges'];

export type TemplateBoundsAnswer = Outputs['templates']['bounds'];
export type SetBoundsInput = Inputs['templates']['setBounds'];
