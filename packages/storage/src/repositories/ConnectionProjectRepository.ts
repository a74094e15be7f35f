import { sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from '../schema.js';
import { isUniqueViolation, StorageError } from '../StorageError.js';

/** A connection project (业扩) and the stage it is in; days are local `YYYY-MM-DD`. */
export interface ConnectionProjectRecord {
  id: string;
  branchId: string;
  customer: string;
  accountManager: string;
  stage: string;
  stageStartedOn: string;
  /** The day the current stage was finished, while the next has not begun. */
  finishedOn?: string;
  /** The power campaign whose stage table sets the deadlines. */
  campaignId: string;
  createdAt: Date;
  updatedAt: Date;
}

export type ProjectFields = Omit<ConnectionProjectRecord, 'createdAt' | 'updatedAt'>;

/** Connection projects of each branch. */
export class ConnectionProjectRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  /** Throws StorageError CONFLICT when the id is taken. */
  async insert(project: ProjectFields, at: Date): Promise<ConnectionProjectRecord> {
    try {
      await this.db
        .insertInto('connection_projects')
        .values({ ...toRow(project), created_at: at, updated_at: at })
        .execute();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const en = `A connection project with id "${project.id}" already exists.`;
      throw new StorageError('CONFLICT', en, {
        cause: error,
        reason: 'project-exists',
        localized: { 'zh-CN': `业扩工程编号 ${project.id} 已存在。`, en },
      });
    }

    return this.mustGet(project.id);
  }

  /** Replaces what is known of the project; its branch never changes. */
  async update(project: ProjectFields, at: Date): Promise<ConnectionProjectRecord> {
    const { id, branch_id: branchId, ...changes } = toRow(project);
    const updated = await this.db
      .updateTable('connection_projects')
      .set({ ...changes, updated_at: at })
      .where('id', '=', id)
      .where('branch_id', '=', branchId)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw notFound(id);

    return this.mustGet(id);
  }

  async get(
    id: string,
    filter: { branchIds?: readonly string[] } = {},
  ): Promise<ConnectionProjectRecord | undefined> {
    const rows = await this.select(filter.branchIds).where('id', '=', id).execute();
    const row = rows[0];
    return row === undefined ? undefined : toProject(row);
  }

  /** The projects of the given branches (all when absent), by id. */
  async list(filter: { branchIds?: readonly string[] } = {}): Promise<ConnectionProjectRecord[]> {
    const rows = await this.select(filter.branchIds).orderBy('id').execute();
    return rows.map(toProject);
  }

  /** Projects with a stage in progress at the close of `day`: begun, and not finished by then. */
  async listOpen(day: string): Promise<ConnectionProjectRecord[]> {
    const rows = await this.select(undefined)
      .where('stage_started_on', '<=', day)
      .where((eb) => eb.or([eb('finished_on', 'is', null), eb('finished_on', '>', day)]))
      .orderBy('id')
      .execute();
    return rows.map(toProject);
  }

  private async mustGet(id: string): Promise<ConnectionProjectRecord> {
    const project = await this.get(id);
    if (project === undefined) throw notFound(id);
    return project;
  }

  private select(branchIds: readonly string[] | undefined) {
    let query = this.db
      .selectFrom('connection_projects')
      .select([
        'id',
        'branch_id',
        'customer',
        'account_manager',
        'stage',
        'campaign_id',
        'created_at',
        'updated_at',
        sql<string>`to_char(stage_started_on, 'YYYY-MM-DD')`.as('started_on'),
        sql<string | null>`to_char(finished_on, 'YYYY-MM-DD')`.as('finished'),
      ]);
    if (branchIds !== undefined) {
      // An empty list matches nothing; `in ()` is not valid SQL.
      query = query.where('branch_id', 'in', branchIds.length === 0 ? [''] : [...branchIds]);
    }
    return query;
  }
}

function toRow(project: ProjectFields) {
  return {
    id: project.id,
    branch_id: project.branchId,
    customer: project.customer,
    account_manager: project.accountManager,
    stage: project.stage,
    stage_started_on: project.stageStartedOn,
    finished_on: project.finishedOn ?? null,
    campaign_id: project.campaignId,
  };
}

function toProject(row: {
  id: string;
  branch_id: string;
  customer: string;
  account_manager: string;
  stage: string;
  campaign_id: string;
  created_at: Date;
  updated_at: Date;
  started_on: string;
  finished: string | null;
}): ConnectionProjectRecord {
  return {
    id: row.id,
    branchId: row.branch_id,
    customer: row.customer,
    accountManager: row.account_manager,
    stage: row.stage,
    stageStartedOn: row.started_on,
    ...(row.finished === null ? {} : { finishedOn: row.finished }),
    campaignId: row.campaign_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function notFound(id: string): StorageError {
  const en = `There is no connection project "${id}".`;
  return new StorageError('NOT_FOUND', en, {
    reason: 'no-project',
    localized: { 'zh-CN': `没有业扩工程 ${id}。`, en },
  });
}
