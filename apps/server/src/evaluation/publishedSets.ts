import type { CampaignSet, CompiledCampaign } from '@campaign-studio/engine';
import { HQ_BRANCH_ID } from '../access/branchScope.js';
import type { AppServices } from '../AppServices.js';
import { LIVE_LIFECYCLES } from '../lifecycle/campaignLifecycle.js';

/**
 * How long the sets are used without asking the database whether the campaigns changed, when
 * no write and no notification says they did: the bound on a missed notification (a dropped
 * listening connection) or a write made outside the server.
 */
export const CAMPAIGNS_RECHECK_MS = 1_000;

interface Cached {
  /** The campaigns table as it stood when the sets were built (see `campaignsStamp`). */
  stamp: string;
  /** Prepared sets by branch scope: `*` for a context without a branch. */
  sets: Map<string, Promise<CampaignSet>>;
  /** performance.now() when the stamp was last read. */
  checkedAt: number;
  /** `campaignNotices.count` then. */
  notices: number;
}

const cache = new WeakMap<AppServices, Cached>();
const checks = new WeakMap<AppServices, { startedAt: number; done: Promise<Cached> }>();

/**
 * The published campaigns in a context's scope (its branch and HQ, or every branch when it
 * names none), compiled and prepared once, then kept until a campaign changes. An evaluate
 * call makes no query for them: a write by this process (seen by `TableWrites`), a
 * `campaigns_changed` notification from any process (PostgreSQL), or a second without either
 * makes the next call compare a stamp of the campaigns table, one small query, and rebuild
 * the sets only when it moved. Until a local write has surely committed the stamp is read on
 * every call, so a publish, pause or end is seen by the next evaluation.
 */
export async function publishedSet(
  services: AppServices,
  branchId: string | undefined,
): Promise<CampaignSet> {
  const known = cache.get(services);
  const cached = known !== undefined && trusted(services, known) ? known : await recheck(services);
  const key = branchId ?? '*';
  let set = cached.sets.get(key);
  if (!set) {
    set = loadSet(services, branchId);
    cached.sets.set(key, set);
    // A failed read is not kept: the next call tries again.
    set.catch(() => cached.sets.delete(key));
  }

  return set;
}

function trusted(services: AppServices, cached: Cached): boolean {
  const { writes, campaignNotices } = services.caches;
  return (
    cached.notices === campaignNotices.count &&
    performance.now() - cached.checkedAt < CAMPAIGNS_RECHECK_MS &&
    writes.settled('campaigns', cached.checkedAt)
  );
}

/** Reads the stamp, sharing a read already under way if it began after the last write. */
function recheck(services: AppServices): Promise<Cached> {
  const running = checks.get(services);
  if (running !== undefined && services.caches.writes.settled('campaigns', running.startedAt)) {
    return running.done;
  }
  const startedAt = performance.now();
  const done = readStamp(services, startedAt).finally(() => {
    if (checks.get(services)?.done === done) checks.delete(services);
  });
  checks.set(services, { startedAt, done });
  return done;
}

async function readStamp(services: AppServices, checkedAt: number): Promise<Cached> {
  const notices = services.caches.campaignNotices.count;
  const stamp = await campaignsStamp(services);
  const known = cache.get(services);
  const sets = known !== undefined && known.stamp === stamp ? known.sets : new Map();
  const cached: Cached = { stamp, sets, checkedAt, notices };
  cache.set(services, cached);
  return cached;
}

/**
 * Every write to a campaign (a save, a publish, a lifecycle step) adds one to its revision,
 * and a new campaign adds a row: the count and the sum of revisions change with each.
 */
async function campaignsStamp(services: AppServices): Promise<string> {
  const row = await services.database.db
    .selectFrom('campaigns')
    .select((eb) => [eb.fn.countAll().as('rows'), eb.fn.sum('revision').as('revisions')])
    .executeTakeFirst();

  return `${String(row?.rows ?? 0)}/${String(row?.revisions ?? 0)}`;
}

async function loadSet(services: AppServices, branchId: string | undefined) {
  const { engine } = services.registry;
  const branchIds = branchId === undefined ? undefined : [...new Set([branchId, HQ_BRANCH_ID])];
  // Only approved campaigns run: paused and ended ones give nothing. Whether the order falls
  // inside the window (scheduled or running) is the engine's check on the context's instant.
  const published = await services.repositories.campaigns.listPublished({
    ...(branchIds === undefined ? {} : { branchIds }),
    lifecycle: LIVE_LIFECYCLES,
  });

  const compiled: CompiledCampaign[] = [];
  for (const campaign of published) {
    try {
      compiled.push(engine.compileCached(campaign.document));
    } catch (error) {
      // A version that no longer compiles (its plugin was refused or removed) must not stop
      // the others; it is left out and the operator is told.
      services.logger.warn(
        { campaignId: campaign.campaignId, version: campaign.version, err: error },
        'published campaign left out of evaluation: it does not compile',
      );
    }
  }

  return engine.prepare(compiled);
}
