/**
 * The tables as Kysely sees them. Column names are snake_case as in SQL; repositories map rows
 * to the camelCase records the rest of the workspace uses. JSON columns are written as JSON
 * text (see `toJson`) so the same statement works on PostgreSQL and PGlite.
 */
import type { ColumnType, Generated } from 'kysely';
import type { ConnectionProjectTable, StageAlertTable, StageCheckTable } from './projectTables.js';

/** A jsonb column: read as the parsed value, written as JSON text. */
export type JsonColumn<T> = ColumnType<T, string, string>;

/** A timestamptz column with a database default. */
export type CreatedAt = ColumnType<Date, Date | string | undefined, Date | string>;

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export type JsonObject = { [key: string]: unknown };

export interface LocalizedName {
  'zh-CN': string;
  en: string;
}

export interface BranchTable {
  id: string;
  name_zh: string;
  name_en: string;
  parent_id: string | null;
}

export interface UserTable {
  id: string;
  username: string;
  display_name: string;
  display_name_en: string | null;
  password_hash: string;
  role: string;
  branch_id: string;
  created_at: CreatedAt;
}

export interface SessionTable {
  token_hash: string;
  user_id: string;
  expires_at: ColumnType<Date, Date | string, Date | string>;
  created_at: CreatedAt;
}

export interface CustomerTable {
  id: string;
  branch_id: string;
  name: string;
  phone: string | null;
  tier: string;
  tags: JsonColumn<string[]>;
}

export interface TemplateTable {
  id: string;
  version: number;
  plugin: string;
  definition: JsonColumn<JsonObject>;
  created_at: CreatedAt;
}

export interface CampaignTable {
  id: string;
  branch_id: string;
  plugin: string;
  template_id: string | null;
  template_version: number | null;
  template_params: JsonColumn<JsonObject | null> | null;
  name: JsonColumn<LocalizedName>;
  status: string;
  revision: Generated<number>;
  document: JsonColumn<JsonObject>;
  published_version: number | null;
  created_at: CreatedAt;
  updated_at: CreatedAt;
  published_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  created_by: string | null;
  /** Where the campaign is in its life cycle (migration 0004). */
  lifecycle: ColumnType<string, string | undefined, string>;
  /** A change of a live campaign waits for approval (migration 0006). */
  change_submitted: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface CampaignVersionTable {
  campaign_id: string;
  version: number;
  document: JsonColumn<JsonObject>;
  published_at: CreatedAt;
  published_by: string | null;
}

/** One step of a campaign's life cycle. */
export interface CampaignEventTable {
  id: Generated<string>;
  campaign_id: string;
  at: ColumnType<Date, Date | string, Date | string>;
  actor_id: string | null;
  from_status: string;
  to_status: string;
  reason: string | null;
  version: number | null;
}

/** HQ's bounds for one template, over the ones the plugin's template file brings. */
export interface TemplateBoundsTable {
  template_id: string;
  bounds: JsonColumn<JsonObject>;
  updated_at: ColumnType<Date, Date | string, Date | string>;
  updated_by: string | null;
}

export interface AuditEntryTable {
  id: Generated<string>;
  at: ColumnType<Date, Date | string, Date | string>;
  actor_id: string | null;
  actor_username: string | null;
  branch_id: string | null;
  entity_type: string;
  entity_id: string;
  action: string;
  diff: JsonColumn<JsonValue[]>;
}

/** Failed logins of one key (`user:<name>` or `address:<ip>`) in the current minute. */
export interface LoginThrottleTable {
  key: string;
  failures: number;
  window_started_at: ColumnType<Date, Date | string, Date | string>;
  locked_until: ColumnType<Date | null, Date | string | null, Date | string | null>;
}

export interface DatabaseSchema {
  branches: BranchTable;
  users: UserTable;
  sessions: SessionTable;
  customers: CustomerTable;
  templates: TemplateTable;
  campaigns: CampaignTable;
  campaign_versions: CampaignVersionTable;
  campaign_events: CampaignEventTable;
  template_bounds: TemplateBoundsTable;
  audit_entries: AuditEntryTable;
  login_throttles: LoginThrottleTable;
  connection_projects: ConnectionProjectTable;
  stage_alerts: StageAlertTable;
  stage_checks: StageCheckTable;
}

/** JSON text for a jsonb parameter; both drivers pass text through to the server's parser. */
export function toJson(value: unknown): string {
  return JSON.stringify(value);
}
