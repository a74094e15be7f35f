import { inTransaction, isUniqueViolation } from '@campaign-studio/storage';
import { HQ_BRANCH_ID, visibleBranches } from '../access/branchScope.js';
import { ACTIONS, HQ_ADMIN, requireRole } from '../access/requireRole.js';
import { recordAudit } from '../audit/recordAudit.js';
import { requireBranch } from '../campaigns/requireBranch.js';
import { jsonSchemaInput } from '../trpc/jsonSchemaInput.js';
import { localizedError } from '../trpc/LocalizedError.js';
import { authedProcedure, router } from '../trpc/trpc.js';
import { idSchema, lowerCaseId, notBlank } from './schemas.js';

interface CreateBranchInput {
  id: string;
  nameZh: string;
  nameEn: string;
  /** Default HQ. */
  parentId?: string;
}

const branchNameSchema = { type: 'string', minLength: 1, maxLength: 100, ...notBlank } as const;

const createBranchInput = jsonSchemaInput<CreateBranchInput>({
  type: 'object',
  required: ['id', 'nameZh', 'nameEn'],
  additionalProperties: false,
  properties: {
    id: { ...idSchema, ...lowerCaseId, maxLength: 40 },
    nameZh: branchNameSchema,
    nameEn: branchNameSchema,
    parentId: idSchema,
  },
});

/** The branches the user may see (HQ sees all); HQ admins add branches. */
export const branchesRouter = router({
  list: authedProcedure.query(async ({ ctx }) => {
    const visible = visibleBranches(ctx.user);
    const branches = await ctx.services.repositories.branches.list();

    return visible === undefined ? branches : branches.filter((b) => visible.includes(b.id));
  }),

  create: authedProcedure.input(createBranchInput).mutation(async ({ ctx, input }) => {
    requireRole(ctx.user, HQ_ADMIN, ACTIONS.manageBranches);
    const parentId = input.parentId ?? HQ_BRANCH_ID;
    await requireBranch(ctx.services, parentId, '/parentId');
    const branch = { id: input.id, nameZh: input.nameZh, nameEn: input.nameEn, parentId };
    try {
      await inTransaction(ctx.services.database.db, async (tx) => {
        await tx.branches.insert(branch);
        await recordAudit(tx, {
          at: ctx.services.clock(),
          actor: ctx.user,
          branchId: branch.id,
          entityType: 'branch',
          entityId: branch.id,
          action: 'create',
          after: branch,
        });
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw localizedError(
        'CONFLICT',
        `id: there is a branch "${input.id}" already; choose another id.`,
        `id：分支编号 ${input.id} 已存在，请换一个。`,
        'branch-exists',
      );
    }

    return branch;
  }),
});

/** The customers of the branches the user may see. */
export const customersRouter = router({
  list: authedProcedure.query(async ({ ctx }) => {
    const branchIds = visibleBranches(ctx.user);

    return ctx.services.repositories.customers.list(branchIds === undefined ? {} : { branchIds });
  }),
});
