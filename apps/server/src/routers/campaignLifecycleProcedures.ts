import { findVisibleCampaign } from '../campaigns/findVisibleCampaign.js';
import { takeLifecycleStep, type StepInput } from '../lifecycle/takeLifecycleStep.js';
import { jsonSchemaInput } from '../trpc/jsonSchemaInput.js';
import { authedProcedure } from '../trpc/trpc.js';
import { idSchema, notBlank, revisionSchema } from './schemas.js';

const stepInput = jsonSchemaInput<StepInput>({
  type: 'object',
  required: ['id', 'revision'],
  additionalProperties: false,
  properties: { id: idSchema, revision: revisionSchema },
});

const sendBackInput = jsonSchemaInput<Required<StepInput>>({
  type: 'object',
  required: ['id', 'revision', 'reason'],
  additionalProperties: false,
  properties: {
    id: idSchema,
    revision: revisionSchema,
    reason: { type: 'string', minLength: 1, maxLength: 1000, ...notBlank },
  },
});

const idInput = jsonSchemaInput<{ id: string }>({
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: { id: idSchema },
});

/** The life-cycle steps of a campaign, merged into the campaigns router. */
export const campaignLifecycleProcedures = {
  /** A marketer asks for approval: draft → submitted. */
  submit: authedProcedure
    .input(stepInput)
    .mutation(({ ctx, input }) => takeLifecycleStep(ctx.services, ctx.user, 'submit', input)),

  /** A manager of the branch or HQ approves: publishes a new version; scheduled or running. */
  approve: authedProcedure
    .input(stepInput)
    .mutation(({ ctx, input }) => takeLifecycleStep(ctx.services, ctx.user, 'approve', input)),

  /** Back to draft, with the reason the marketer reads. */
  sendBack: authedProcedure
    .input(sendBackInput)
    .mutation(({ ctx, input }) => takeLifecycleStep(ctx.services, ctx.user, 'sendBack', input)),

  pause: authedProcedure
    .input(stepInput)
    .mutation(({ ctx, input }) => takeLifecycleStep(ctx.services, ctx.user, 'pause', input)),

  resume: authedProcedure
    .input(stepInput)
    .mutation(({ ctx, input }) => takeLifecycleStep(ctx.services, ctx.user, 'resume', input)),

  end: authedProcedure
    .input(stepInput)
    .mutation(({ ctx, input }) => takeLifecycleStep(ctx.services, ctx.user, 'end', input)),

  /** Every life-cycle step of the campaign, oldest first: who, when, from, to, why. */
  events: authedProcedure.input(idInput).query(async ({ ctx, input }) => {
    const current = await findVisibleCampaign(ctx.services, ctx.user, input.id);
    const events = await ctx.services.repositories.campaignEvents.list(current.id);

    return events.map((event) => ({ ...event, at: event.at.toISOString() }));
  }),
};
