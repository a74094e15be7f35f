/**
 * The tables of connection projects and their stage alerts (migration 0005). Local days are SQL
 * `date` columns, read back as `YYYY-MM-DD` text (`to_char`), because the two drivers would
 * otherwise turn them into `Date`s at midnight of the server's own zone.
 */
import type { ColumnType } from 'kysely';
import type { CreatedAt, JsonColumn, LocalizedName } from './schema.js';

/** A `date` column, written and compared as `YYYY-MM-DD`. */
export type DayColumn = ColumnType<string, string, string>;

export interface ConnectionProjectTable {
  id: string;
  branch_id: string;
  customer: string;
  account_manager: string;
  stage: string;
  stage_started_on: DayColumn;
  finished_on: ColumnType<string | null, string | null | undefined, string | null>;
  campaign_id: string;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export interface StageAlertTable {
  project_id: string;
  stage: string;
  day: DayColumn;
  stage_name: JsonColumn<LocalizedName>;
  deadline: DayColumn;
  days_late: number;
  first: boolean;
  account_manager: string | null;
  created_at: CreatedAt;
}

/** One row per zone and local day the daily check has run for. */
export interface StageCheckTable {
  timezone: string;
  day: DayColumn;
  alerts: number;
  checked_at: CreatedAt;
}
