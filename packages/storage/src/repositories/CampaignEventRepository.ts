import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../schema.js';

/** A step of a campaign's life cycle: who took it, when, from where to where, and why. */
export interface CampaignEvent {
  campaignId: string;
  at: Date;
  actorId?: string;
  from: string;
  to: string;
  reason?: string;
  /** The version the step published, for approvals. */
  version?: number;
}

/** The life-cycle history of campaigns, oldest first. */
export class CampaignEventRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async record(event: CampaignEvent): Promise<void> {
    await this.db
      .insertInto('campaign_events')
      .values({
        campaign_id: event.campaignId,
        at: event.at,
        actor_id: event.actorId ?? null,
        from_status: event.from,
        to_status: event.to,
        reason: event.reason ?? null,
        version: event.version ?? null,
      })
      .execute();
  }

  async list(campaignId: string): Promise<CampaignEvent[]> {
    const rows = await this.db
      .selectFrom('campaign_events')
      .selectAll()
      .where('campaign_id', '=', campaignId)
      .orderBy('id')
      .execute();

    return rows.map((row) => ({
      campaignId: row.campaign_id,
      at: row.at,
      ...(row.actor_id === null ? {} : { actorId: row.actor_id }),
      from: row.from_status,
      to: row.to_status,
      ...(row.reason === null ? {} : { reason: row.reason }),
      ...(row.version === null ? {} : { version: row.version }),
    }));
  }
}
