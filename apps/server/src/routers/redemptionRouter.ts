import type { EvaluationContext } from '@campaign-studio/engine';
import type { UserRecord, UserRole } from '@campaign-studio/storage';
import { canSeeBranch, visibleBranches } from '../access/branchScope.js';
import { requireRole, type RoleAction } from '../access/requireRole.js';
import type { AppServices } from '../AppServices.js';
import { checkContextBranch } from '../evaluation/checkContextBranch.js';
import { parseContext } from '../evaluation/parseContext.js';
import { claimCoupons } from '../redemption/claimCoupons.js';
import { cancelOrder, refundOrder } from '../redemption/closeOrder.js';
import { completeOrder } from '../redemption/completeOrder.js';
import { readDraw } from '../redemption/readDraw.js';
import { redeemOrder } from '../redemption/redeemOrder.js';
import { INPUT_HINTS } from '../trpc/inputHints.js';
import { scopedIdempotencyKey } from '../redemption/scopedIdempotencyKey.js';
import { findRedemption } from '../redemption/redemptionRecords.js';
import { redemptionNotFound } from '../redemption/redemptionErrors.js';
import { jsonSchemaInput } from '../trpc/jsonSchemaInput.js';
import { LocalizedError, localizedError } from '../trpc/LocalizedError.js';
import { authedProcedure, router } from '../trpc/trpc.js';
import { objectSchema, type ContextInput } from './schemas.js';

/** Checkout machines sign in as integrators; HQ administrators may act for them. */
const CHECKOUT_ROLES: readonly UserRole[] = ['integrator', 'hq-admin'];
const DRAW_READER_ROLES: readonly UserRole[] = ['integrator', 'hq-admin', 'auditor'];
const REDEEM: RoleAction = { en: 'redeem, complete, cancel or refund orders', zh: '核销订单' };
const READ_DRAWS: RoleAction = { en: 'read draws', zh: '查看抽奖记录' };

const keySchema = { type: 'string', minLength: 1, maxLength: 200 } as const;
const redemptionIdSchema = { type: 'string', minLength: 1, maxLength: 200 } as const;

interface RedeemInput {
  idempotencyKey: string;
  orderId?: string;
  context: ContextInput;
  expectedPayable?: number;
  explain?: boolean;
}

const redeemInput = jsonSchemaInput<RedeemInput>({
  type: 'object',
  required: ['idempotencyKey', 'context'],
  additionalProperties: false,
  properties: {
    idempotencyKey: keySchema,
    orderId: keySchema,
    context: objectSchema,
    // No order costs more than the context's amounts can add up to (schemas/context).
    expectedPayable: { type: 'integer', minimum: 0, maximum: 100_000_000_000 },
    explain: { type: 'boolean' },
  },
});

const completeInput = jsonSchemaInput<{ redemptionId: string; paidAt: string }>({
  type: 'object',
  required: ['redemptionId', 'paidAt'],
  additionalProperties: false,
  properties: {
    redemptionId: redemptionIdSchema,
    // Years outside 2000–2099 are typing mistakes, and would make a paid day the ledger
    // cannot write as YYYY-MM-DD.
    paidAt: {
      type: 'string',
      format: 'date-time',
      pattern: '^20[0-9]{2}-',
      'x-hint': INPUT_HINTS.recentDateTime,
    },
  },
});

const redemptionInput = jsonSchemaInput<{ redemptionId: string }>({
  type: 'object',
  required: ['redemptionId'],
  additionalProperties: false,
  properties: { redemptionId: redemptionIdSchema },
});

const claimInput = jsonSchemaInput<{ idempotencyKey: string; context: ContextInput }>({
  type: 'object',
  required: ['idempotencyKey', 'context'],
  additionalProperties: false,
  properties: { idempotencyKey: keySchema, context: objectSchema },
});

const drawInput = jsonSchemaInput<{ drawId: string }>({
  type: 'object',
  required: ['drawId'],
  additionalProperties: false,
  properties: { drawId: redemptionIdSchema },
});

/**
 * The context a checkout may act on: valid, of a known branch, and of the user's own branch
 * (a branch's checkout redeems that branch's and HQ's campaigns; without a branchId its own
 * branch is assumed). HQ users act for any branch.
 */
async function checkoutContext(
  services: AppServices,
  user: UserRecord,
  input: ContextInput,
): Promise<EvaluationContext> {
  const parsed = parseContext(services.registry.engine, input);
  const context =
    parsed.branchId === undefined && visibleBranches(user) !== undefined
      ? { ...parsed, branchId: user.branchId }
      : parsed;
  if (context.branchId !== undefined && !canSeeBranch(user, context.branchId)) {
    throw localizedError(
      'FORBIDDEN',
      `context.branchId: you work for branch "${user.branchId}" and cannot redeem for ` +
        `"${context.branchId}".`,
      `context.branchId：你属于分支 ${user.branchId}，不能为分支 ${context.branchId} 核销。`,
      'other-branch',
    );
  }
  await checkContextBranch(services, context);
  return context;
}

/**
 * A redemption the user may act on; another branch's is reported as missing. One this process
 * held is taken from memory (`HeldOrders`: its order and branch never change, its state may).
 */
async function visibleRedemption(services: AppServices, user: UserRecord, redemptionId: string) {
  const remembered = services.caches.heldOrders.find(redemptionId, services.clock());
  const record = remembered ?? (await findRedemption(services.database, redemptionId));
  const order = record?.answer?.order;
  if (record === undefined || order === undefined) throw redemptionNotFound(redemptionId);
  const branchId = order.context.branchId;
  const visible =
    branchId === undefined ? visibleBranches(user) === undefined : canSeeBranch(user, branchId);
  if (!visible) throw redemptionNotFound(redemptionId);

  return { record, stateRead: remembered === undefined };
}

/** Redemption by checkout systems: hold, complete, cancel, refund (docs/api.md). */
export const redemptionRouter = router({
  redeem: authedProcedure.input(redeemInput).mutation(async ({ ctx, input }) => {
    requireRole(ctx.user, CHECKOUT_ROLES, REDEEM);
    const context = await checkoutContext(ctx.services, ctx.user, input.context);

    return redeemOrder(ctx.services, {
      idempotencyKey: scopedIdempotencyKey(ctx.user, input.idempotencyKey),
      context,
      ...(input.orderId === undefined ? {} : { orderId: input.orderId }),
      ...(input.expectedPayable === undefined ? {} : { expectedPayable: input.expectedPayable }),
      ...(input.explain === undefined ? {} : { explain: input.explain }),
    });
  }),

  complete: authedProcedure.input(completeInput).mutation(async ({ ctx, input }) => {
    requireRole(ctx.user, CHECKOUT_ROLES, REDEEM);
    const { record, stateRead } = await visibleRedemption(
      ctx.services,
      ctx.user,
      input.redemptionId,
    );

    return completeOrder(ctx.services, record, new Date(input.paidAt), stateRead);
  }),

  cancel: authedProcedure.input(redemptionInput).mutation(async ({ ctx, input }) => {
    requireRole(ctx.user, CHECKOUT_ROLES, REDEEM);
    await visibleRedemption(ctx.services, ctx.user, input.redemptionId);

    return cancelOrder(ctx.services, input.redemptionId);
  }),

  refund: authedProcedure.input(redemptionInput).mutation(async ({ ctx, input }) => {
    requireRole(ctx.user, CHECKOUT_ROLES, REDEEM);
    await visibleRedemption(ctx.services, ctx.user, input.redemptionId);

    return refundOrder(ctx.services, input.redemptionId);
  }),
});

/** Coupon claims with claim-time caps (R5), apart from redemption. */
export const couponsRouter = router({
  claim: authedProcedure.input(claimInput).mutation(async ({ ctx, input }) => {
    requireRole(ctx.user, CHECKOUT_ROLES, REDEEM);
    const context = await checkoutContext(ctx.services, ctx.user, input.context);

    return claimCoupons(ctx.services, {
      idempotencyKey: scopedIdempotencyKey(ctx.user, input.idempotencyKey),
      context,
    });
  }),
});

/** Recorded draws (E4, R10, E2 moments) with their audit replay. */
export const drawsRouter = router({
  get: authedProcedure.input(drawInput).query(async ({ ctx, input }) => {
    requireRole(ctx.user, DRAW_READER_ROLES, READ_DRAWS);
    const draw = await readDraw(ctx.services, input.drawId);
    // Another branch's draw is answered as one that does not exist, in the same words.
    const visible =
      draw?.redemptionId === undefined ||
      (await visibleRedemption(ctx.services, ctx.user, draw.redemptionId).then(
        () => true,
        (error: unknown) => {
          if (error instanceof LocalizedError && error.reason === 'no-redemption') return false;
          throw error;
        },
      ));
    if (draw === undefined || !visible) {
      throw localizedError(
        'NOT_FOUND',
        `drawId: there is no draw ${input.drawId}; draw ids are the grant ids complete answers.`,
        `drawId：没有抽奖记录 ${input.drawId}；抽奖编号即 complete 返回的权益编号。`,
        'no-draw',
      );
    }
    return draw;
  }),
});
