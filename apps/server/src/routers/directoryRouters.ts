import { visibleBranches } from '../access/branchScope.js';
import { authedProcedure, router } from '../trpc/trpc.js';

/** The branches the user may see (HQ sees all). */
export const branchesRouter = router({
  list: authedProcedure.query(async ({ ctx }) => {
    const visible = visibleBranches(ctx.user);
    const branches = await ctx.services.repositories.branches.list();

    return visible === undefined ? branches : branches.filter((b) => visible.includes(b.id));
  }),
});

/** The customers of the branches the user may see. */
export const customersRouter = router({
  list: authedProcedure.query(async ({ ctx }) => {
    const branchIds = visibleBranches(ctx.user);

    return ctx.services.repositories.customers.list(branchIds === undefined ? {} : { branchIds });
  }),
});
