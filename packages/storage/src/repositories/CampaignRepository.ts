import type { Kysely, Selectable, Transaction } from 'kysely';
import {
  toJson,
  type CampaignTable,
  type DatabaseSchema,
  type JsonObject,
  type LocalizedName,
} from '../schema.js';
import { isUniqueViolation, StorageError } from '../StorageError.js';

export type CampaignStatus = 'draft' | 'published';

/**
 * Where a campaign is in its life cycle, as stored. `approved` campaigns are scheduled or
 * running depending on their window and the clock; the server derives which.
 */
export type CampaignLifecycle = 'draft' | 'submitted' | 'approved' | 'paused' | 'ended';

export interface CampaignRecord {
  id: string;
  branchId: string;
  plugin: string;
  templateId?: string;
  templateVersion?: number;
  templateParams?: JsonObject;
  name: LocalizedName;
  status: CampaignStatus;
  lifecycle: CampaignLifecycle;
  /** A draft change of a live campaign is submitted: it is in the approval queue. */
  changeSubmitted: boolean;
  /** Bumped by every change; a writer names the revision it read (optimistic concurrency). */
  revision: number;
  /** The current draft. */
  document: JsonObject;
  publishedVersion?: number;
  createdAt: Date;
  updatedAt: Date;
  publishedAt?: Date;
  createdBy?: string;
}

export interface NewCampaign {
  id: string;
  branchId: string;
  plugin: string;
  templateId?: string;
  templateVersion?: number;
  templateParams?: JsonObject;
  name: LocalizedName;
  document: JsonObject;
  createdBy?: string;
}

export interface CampaignChanges {
  name: LocalizedName;
  document: JsonObject;
  /** Absent keeps the stored params. */
  templateParams?: JsonObject;
  /** Absent keeps the stored template version (set when taking a newer template version). */
  templateVersion?: number;
}

export interface CampaignVersionRecord {
  campaignId: string;
  version: number;
  document: JsonObject;
  publishedAt: Date;
  publishedBy?: string;
}

/** A published version with the branch of its campaign, as evaluation needs it. */
export interface PublishedCampaign extends CampaignVersionRecord {
  branchId: string;
}

export interface CampaignFilter {
  /** Only these branches (all when absent). */
  branchIds?: readonly string[];
  status?: CampaignStatus;
  lifecycle?: readonly CampaignLifecycle[];
}

export interface PublishRequest {
  publishedBy?: string;
  /** The frozen document for the new version number, e.g. the draft with `version` set. */
  documentFor(version: number): JsonObject;
  /** The draft kept after publishing `version` (default: the frozen document itself). */
  draftAfter?(version: number, frozen: JsonObject): JsonObject;
  /** The life-cycle status after publishing (default: unchanged). */
  lifecycle?: CampaignLifecycle;
}

/** Campaign drafts and their immutable published versions. */
export class CampaignRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  /** Throws StorageError CONFLICT (`id-unavailable`) when the id is taken, in any branch. */
  async create(campaign: NewCampaign): Promise<CampaignRecord> {
    try {
      const row = await this.db
        .insertInto('campaigns')
        .values({
          id: campaign.id,
          branch_id: campaign.branchId,
          plugin: campaign.plugin,
          template_id: campaign.templateId ?? null,
          template_version: campaign.templateVersion ?? null,
          template_params:
            campaign.templateParams === undefined ? null : toJson(campaign.templateParams),
          name: toJson(campaign.name),
          status: 'draft',
          document: toJson(campaign.document),
          created_by: campaign.createdBy ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toCampaign(row);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Worded alike whichever branch holds the id: the answer does not say whose it is.
      const en = `id: the campaign id "${campaign.id}" cannot be used; choose another.`;
      throw new StorageError('CONFLICT', en, {
        cause: error,
        reason: 'id-unavailable',
        localized: { 'zh-CN': `id：活动编号 ${campaign.id} 不能使用，请换一个。`, en },
      });
    }
  }

  async get(id: string, filter: CampaignFilter = {}): Promise<CampaignRecord | undefined> {
    const rows = await this.select(filter).where('id', '=', id).execute();
    const row = rows[0];
    return row === undefined ? undefined : toCampaign(row);
  }

  async list(filter: CampaignFilter = {}): Promise<CampaignRecord[]> {
    const rows = await this.select(filter).orderBy('updated_at', 'desc').orderBy('id').execute();
    return rows.map(toCampaign);
  }

  /**
   * Replaces the draft in one conditional statement: it changes the row only while its
   * revision is still `revision`. Throws CONFLICT when someone saved in between, NOT_FOUND
   * when there is no such campaign.
   */
  async update(id: string, revision: number, changes: CampaignChanges): Promise<CampaignRecord> {
    const row = await this.db
      .updateTable('campaigns')
      .set((eb) => ({
        name: toJson(changes.name),
        document: toJson(changes.document),
        ...(changes.templateParams === undefined
          ? {}
          : { template_params: toJson(changes.templateParams) }),
        ...(changes.templateVersion === undefined
          ? {}
          : { template_version: changes.templateVersion }),
        revision: eb('revision', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', id)
      .where('revision', '=', revision)
      .returningAll()
      .executeTakeFirst();

    if (row === undefined) throw await this.whyUnchanged(id, revision);
    return toCampaign(row);
  }

  /**
   * Freezes the draft as the next version. The version row and the campaign row are written
   * in one transaction, the campaign row last and only if its revision is still `revision`:
   * a stale or failing publish leaves no version behind.
   */
  async publish(id: string, revision: number, request: PublishRequest): Promise<CampaignRecord> {
    const outcome = await this.inOwnOrOpenTransaction(async (tx) => {
      const current = await tx
        .selectFrom('campaigns')
        .select(['published_version'])
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst();
      if (current === undefined) return undefined;

      const version = (current.published_version ?? 0) + 1;
      const document = request.documentFor(version);
      const publishedAt = new Date();
      const draft = request.draftAfter?.(version, document) ?? document;

      await tx
        .insertInto('campaign_versions')
        .values({
          campaign_id: id,
          version,
          document: toJson(document),
          published_at: publishedAt,
          published_by: request.publishedBy ?? null,
        })
        .execute();

      const row = await tx
        .updateTable('campaigns')
        .set((eb) => ({
          status: 'published',
          document: toJson(draft),
          published_version: version,
          published_at: publishedAt,
          updated_at: publishedAt,
          revision: eb('revision', '+', 1),
          change_submitted: false,
          ...(request.lifecycle === undefined ? {} : { lifecycle: request.lifecycle }),
        }))
        .where('id', '=', id)
        .where('revision', '=', revision)
        .returningAll()
        .executeTakeFirst();
      if (row === undefined) {
        throw staleRevision(id, revision);
      }

      return row;
    });

    if (outcome === undefined) throw notFound(id);
    return toCampaign(outcome);
  }

  /**
   * Moves the campaign to another life-cycle status, only while its revision is `revision`
   * (a step is a change: it bumps the revision). Throws CONFLICT or NOT_FOUND like `update`.
   */
  async setLifecycle(
    id: string,
    revision: number,
    lifecycle: CampaignLifecycle,
    changeSubmitted?: boolean,
  ): Promise<CampaignRecord> {
    const row = await this.db
      .updateTable('campaigns')
      .set((eb) => ({
        lifecycle,
        ...(changeSubmitted === undefined ? {} : { change_submitted: changeSubmitted }),
        revision: eb('revision', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', id)
      .where('revision', '=', revision)
      .returningAll()
      .executeTakeFirst();

    if (row === undefined) throw await this.whyUnchanged(id, revision);
    return toCampaign(row);
  }

  async version(id: string, version: number): Promise<CampaignVersionRecord | undefined> {
    const row = await this.db
      .selectFrom('campaign_versions')
      .selectAll()
      .where('campaign_id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return row === undefined ? undefined : toVersion(row);
  }

  async versions(id: string): Promise<CampaignVersionRecord[]> {
    const rows = await this.db
      .selectFrom('campaign_versions')
      .selectAll()
      .where('campaign_id', '=', id)
      .orderBy('version')
      .execute();
    return rows.map(toVersion);
  }

  /** The document of each campaign's current published version, by campaign id. */
  async publishedDocuments(ids: readonly string[]): Promise<Map<string, JsonObject>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('campaigns')
      .innerJoin('campaign_versions', (join) =>
        join
          .onRef('campaign_versions.campaign_id', '=', 'campaigns.id')
          .onRef('campaign_versions.version', '=', 'campaigns.published_version'),
      )
      .select(['campaigns.id', 'campaign_versions.document'])
      .where('campaigns.id', 'in', [...ids])
      .execute();

    return new Map(rows.map((row) => [row.id, row.document]));
  }

  /** The current published version of each published campaign of the given branches. */
  async listPublished(
    filter: { branchIds?: readonly string[]; lifecycle?: readonly CampaignLifecycle[] } = {},
  ): Promise<PublishedCampaign[]> {
    let query = this.db
      .selectFrom('campaigns')
      .innerJoin('campaign_versions', (join) =>
        join
          .onRef('campaign_versions.campaign_id', '=', 'campaigns.id')
          .onRef('campaign_versions.version', '=', 'campaigns.published_version'),
      )
      .select([
        'campaign_versions.campaign_id',
        'campaign_versions.version',
        'campaign_versions.document',
        'campaign_versions.published_at',
        'campaign_versions.published_by',
        'campaigns.branch_id',
      ])
      .where('campaigns.status', '=', 'published')
      .orderBy('campaigns.id');
    if (filter.branchIds !== undefined) {
      if (filter.branchIds.length === 0) return [];
      query = query.where('campaigns.branch_id', 'in', [...filter.branchIds]);
    }
    if (filter.lifecycle !== undefined) {
      const lifecycle = filter.lifecycle.length === 0 ? [''] : [...filter.lifecycle];
      query = query.where('campaigns.lifecycle', 'in', lifecycle);
    }

    const rows = await query.execute();
    return rows.map((row) => ({ ...toVersion(row), branchId: row.branch_id }));
  }

  private select(filter: CampaignFilter) {
    let query = this.db.selectFrom('campaigns').selectAll();
    if (filter.branchIds !== undefined) {
      // An empty list matches nothing; `in ()` is not valid SQL.
      const branchIds = filter.branchIds.length === 0 ? [''] : [...filter.branchIds];
      query = query.where('branch_id', 'in', branchIds);
    }
    if (filter.status !== undefined) query = query.where('status', '=', filter.status);
    if (filter.lifecycle !== undefined) {
      const lifecycle = filter.lifecycle.length === 0 ? [''] : [...filter.lifecycle];
      // A live campaign with a submitted change waits for approval as well.
      query = filter.lifecycle.includes('submitted')
        ? query.where((eb) =>
            eb.or([eb('lifecycle', 'in', lifecycle), eb('change_submitted', '=', true)]),
          )
        : query.where('lifecycle', 'in', lifecycle);
    }
    return query;
  }

  /** Joins the caller's transaction when there is one (Kysely cannot nest them). */
  private inOwnOrOpenTransaction<T>(work: (tx: Kysely<DatabaseSchema>) => Promise<T>): Promise<T> {
    if (this.db.isTransaction) return work(this.db as Transaction<DatabaseSchema>);
    return this.db.transaction().execute(work);
  }

  private async whyUnchanged(id: string, revision: number): Promise<StorageError> {
    const row = await this.db
      .selectFrom('campaigns')
      .select('revision')
      .where('id', '=', id)
      .executeTakeFirst();
    if (row === undefined) return notFound(id);
    return staleRevision(id, revision, row.revision);
  }
}

function staleRevision(id: string, revision: number, current?: number): StorageError {
  const now = current === undefined ? '' : ` (it is now at revision ${current})`;
  const nowZh = current === undefined ? '' : `（现在是第 ${current} 版）`;
  const en =
    `Campaign "${id}" was changed by someone else since revision ${revision}${now}: ` +
    'reload it and apply your change again.';
  const zh = `活动 ${id} 在第 ${revision} 版之后已被他人修改${nowZh}，请刷新后重新修改。`;
  return new StorageError('CONFLICT', en, {
    reason: 'stale-revision',
    localized: { 'zh-CN': zh, en },
  });
}

function notFound(id: string): StorageError {
  const en = `There is no campaign "${id}".`;
  return new StorageError('NOT_FOUND', en, {
    reason: 'no-campaign',
    localized: { 'zh-CN': `没有活动 ${id}。`, en },
  });
}

function toCampaign(row: Selectable<CampaignTable>): CampaignRecord {
  return {
    id: row.id,
    branchId: row.branch_id,
    plugin: row.plugin,
    ...(row.template_id === null ? {} : { templateId: row.template_id }),
    ...(row.template_version === null ? {} : { templateVersion: row.template_version }),
    ...(row.template_params === null ? {} : { templateParams: row.template_params }),
    name: row.name,
    status: row.status as CampaignStatus,
    lifecycle: row.lifecycle as CampaignLifecycle,
    changeSubmitted: row.change_submitted,
    revision: row.revision,
    document: row.document,
    ...(row.published_version === null ? {} : { publishedVersion: row.published_version }),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...(row.published_at === null ? {} : { publishedAt: row.published_at }),
    ...(row.created_by === null ? {} : { createdBy: row.created_by }),
  };
}

function toVersion(row: {
  campaign_id: string;
  version: number;
  document: JsonObject;
  published_at: Date;
  published_by: string | null;
}): CampaignVersionRecord {
  return {
    campaignId: row.campaign_id,
    version: row.version,
    document: row.document,
    publishedAt: row.published_at,
    ...(row.published_by === null ? {} : { publishedBy: row.published_by }),
  };
}
