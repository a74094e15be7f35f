import { sql, type Kysely } from 'kysely';
import { toJson, type DatabaseSchema, type LocalizedName } from '../schema.js';

/** A late stage of a connection project on one local day, for its account manager. */
export interface NewStageAlert {
  projectId: string;
  stage: string;
  stageName: LocalizedName;
  day: string;
  deadline: string;
  /** Calendar days past the deadline on `day`: 1 on the first day late. */
  daysLate: number;
  first: boolean;
  accountManager?: string;
}

export interface StageAlertRecord extends NewStageAlert {
  createdAt: Date;
}

/** An alert as listed: with the branch of its project. */
export interface ListedStageAlert extends StageAlertRecord {
  branchId: string;
}

export interface StageAlertFilter {
  branchIds?: readonly string[];
  projectId?: string;
  day?: string;
}

/** What one run of the daily check stores. */
export interface StageCheckRecord {
  timezone: string;
  day: string;
  alerts: readonly NewStageAlert[];
  at: Date;
}

const ALERTS_PER_STATEMENT = 1000;

/** The alerts of the daily stage check, and the days it has run for in each zone. */
export class StageAlertRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  /**
   * Stores a day's alerts and marks the day checked, in one transaction. An alert already
   * stored for the same project, stage and day is left as it is, so a check run twice (or by
   * two processes at once) keeps one alert.
   * @returns the alerts that were new.
   */
  async recordCheck(check: StageCheckRecord): Promise<StageAlertRecord[]> {
    return this.db.transaction().execute(async (tx) => {
      const stored: { project_id: string; stage: string }[] = [];
      // In slices: one statement takes at most 65,535 parameters (nine per alert).
      for (let start = 0; start < check.alerts.length; start += ALERTS_PER_STATEMENT) {
        const slice = check.alerts.slice(start, start + ALERTS_PER_STATEMENT);
        const rows = await tx
          .insertInto('stage_alerts')
          .values(
            slice.map((alert) => ({
              project_id: alert.projectId,
              stage: alert.stage,
              day: alert.day,
              stage_name: toJson(alert.stageName),
              deadline: alert.deadline,
              days_late: alert.daysLate,
              first: alert.first,
              account_manager: alert.accountManager ?? null,
              created_at: check.at,
            })),
          )
          .onConflict((conflict) => conflict.columns(['project_id', 'stage', 'day']).doNothing())
          .returning(['project_id', 'stage'])
          .execute();
        stored.push(...rows);
      }
      await tx
        .insertInto('stage_checks')
        .values({
          timezone: check.timezone,
          day: check.day,
          alerts: check.alerts.length,
          checked_at: check.at,
        })
        .onConflict((conflict) => conflict.columns(['timezone', 'day']).doNothing())
        .execute();

      const isNew = new Set(stored.map((row) => `${row.project_id}\n${row.stage}`));
      return check.alerts
        .filter((alert) => isNew.has(`${alert.projectId}\n${alert.stage}`))
        .map((alert) => ({ ...alert, createdAt: check.at }));
    });
  }

  /** The latest day the check has run for in `timezone`, if it ever ran. */
  async lastCheckedDay(timezone: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('stage_checks')
      .select(sql<string | null>`to_char(max(day), 'YYYY-MM-DD')`.as('last'))
      .where('timezone', '=', timezone)
      .executeTakeFirst();
    return row?.last ?? undefined;
  }

  /** Alerts of the given branches' projects, latest day first. */
  async list(filter: StageAlertFilter = {}): Promise<ListedStageAlert[]> {
    let query = this.db
      .selectFrom('stage_alerts')
      .innerJoin('connection_projects', 'connection_projects.id', 'stage_alerts.project_id')
      .select([
        'stage_alerts.project_id',
        'stage_alerts.stage',
        'stage_alerts.stage_name',
        'stage_alerts.days_late',
        'stage_alerts.first',
        'stage_alerts.account_manager',
        'stage_alerts.created_at',
        'connection_projects.branch_id',
        sql<string>`to_char(stage_alerts.day, 'YYYY-MM-DD')`.as('alert_day'),
        sql<string>`to_char(stage_alerts.deadline, 'YYYY-MM-DD')`.as('due'),
      ])
      .orderBy('stage_alerts.day', 'desc')
      .orderBy('stage_alerts.project_id')
      .orderBy('stage_alerts.stage');
    if (filter.branchIds !== undefined) {
      const branchIds = filter.branchIds.length === 0 ? [''] : [...filter.branchIds];
      query = query.where('connection_projects.branch_id', 'in', branchIds);
    }
    if (filter.projectId !== undefined) {
      query = query.where('stage_alerts.project_id', '=', filter.projectId);
    }
    if (filter.day !== undefined) query = query.where('stage_alerts.day', '=', filter.day);

    const rows = await query.execute();
    return rows.map((row) => ({
      projectId: row.project_id,
      branchId: row.branch_id,
      stage: row.stage,
      stageName: row.stage_name,
      day: row.alert_day,
      deadline: row.due,
      daysLate: row.days_late,
      first: row.first,
      ...(row.account_manager === null ? {} : { accountManager: row.account_manager }),
      createdAt: row.created_at,
    }));
  }
}
