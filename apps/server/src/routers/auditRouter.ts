import { visibleBranches, canSeeBranch } from '../access/branchScope.js';
import { ACTIONS, AUDIT_READER_ROLES, requireRole } from '../access/requireRole.js';
import { INPUT_HINTS } from '../trpc/inputHints.js';
import { InputIssuesError } from '../trpc/InputIssuesError.js';
import { jsonSchemaInput } from '../trpc/jsonSchemaInput.js';
import { authedProcedure, router } from '../trpc/trpc.js';
import { idSchema } from './schemas.js';

interface AuditListInput {
  actor?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  /** ISO 8601 instants: entries at or after `from`, before `to`. */
  from?: string;
  to?: string;
  branchId?: string;
  /** `nextCursor` of the previous page. */
  cursor?: string;
  limit?: number;
}

const textFilter = { type: 'string', minLength: 1, maxLength: 200 } as const;
const instant = {
  type: 'string',
  format: 'date-time',
  maxLength: 40,
  'x-hint': INPUT_HINTS.dateTime,
} as const;

const listInput = jsonSchemaInput<AuditListInput>({
  type: 'object',
  additionalProperties: false,
  properties: {
    actor: textFilter,
    entityType: { enum: ['campaign', 'template', 'user', 'branch', 'session', 'project'] },
    entityId: textFilter,
    action: textFilter,
    from: instant,
    to: instant,
    branchId: idSchema,
    cursor: { type: 'string', pattern: '^[1-9][0-9]{0,17}$', 'x-hint': INPUT_HINTS.cursor },
    limit: { type: 'integer', minimum: 1, maximum: 200 },
  },
});

const DEFAULT_LIMIT = 50;

/**
 * A range that ends before it starts can hold no entry: it is a mistake in the filter (the two
 * swapped, say), so it is refused naming `to` rather than answered with an empty page.
 */
function refuseEmptyRange(input: AuditListInput): void {
  if (input.from === undefined || input.to === undefined) return;
  if (Date.parse(input.to) > Date.parse(input.from)) return;
  throw new InputIssuesError([
    {
      path: '/to',
      field: 'to',
      keyword: 'after-from',
      message: {
        'zh-CN': `结束时间 to（${input.to}）须晚于开始时间 from（${input.from}）`,
        en: `to (${input.to}) must be later than from (${input.from})`,
      },
    },
  ]);
}

/** The audit log, newest first: HQ admins and auditors read all of it, managers their branch. */
export const auditRouter = router({
  list: authedProcedure.input(listInput).query(async ({ ctx, input }) => {
    requireRole(ctx.user, AUDIT_READER_ROLES, ACTIONS.readAudit);
    refuseEmptyRange(input);
    if (input.branchId !== undefined && !canSeeBranch(ctx.user, input.branchId)) {
      return { entries: [] };
    }
    const visible = visibleBranches(ctx.user);
    const branchIds = input.branchId === undefined ? visible : [input.branchId];
    const limit = input.limit ?? DEFAULT_LIMIT;

    const entries = await ctx.services.repositories.audit.list({
      ...(input.actor === undefined ? {} : { actor: input.actor }),
      ...(input.entityType === undefined ? {} : { entityType: input.entityType }),
      ...(input.entityId === undefined ? {} : { entityId: input.entityId }),
      ...(input.action === undefined ? {} : { action: input.action }),
      ...(input.from === undefined ? {} : { from: new Date(input.from) }),
      ...(input.to === undefined ? {} : { to: new Date(input.to) }),
      ...(branchIds === undefined ? {} : { branchIds }),
      ...(input.cursor === undefined ? {} : { before: input.cursor }),
      limit: limit + 1,
    });
    const page = entries.slice(0, limit);
    const last = page[page.length - 1];

    return {
      entries: page.map((entry) => ({ ...entry, at: entry.at.toISOString() })),
      ...(entries.length > limit && last !== undefined ? { nextCursor: last.id } : {}),
    };
  }),
});
