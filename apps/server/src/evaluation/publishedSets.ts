import type { CampaignSet, CompiledCampaign } from '@campaign-studio/engine';
import { HQ_BRANCH_ID } from '../access/branchScope.js';
import type { AppServices } from '../AppServices.js';
import { LIVE_LIFECYCLES } from '../lifecycle/campaignLifecycle.js';

interface Cached {
  /** The campaigns table as it stood when the sets were built (see `campaignsStamp`). */
  stamp: string;
  /** Prepared sets by branch scope: `*` for a context without a branch. */
  sets: Map<string, Promise<CampaignSet>>;
}

const cache = new WeakMap<AppServices, Cached>();

/**
 * The published campaigns in a context's scope (its branch and HQ, or every branch when it
 * names none), compiled and prepared once, then kept until a campaign changes. Reading and
 * compiling every published document on every evaluate call was most of its cost; the cache
 * is checked against a stamp of the campaigns table instead, one small query, so that a
 * publish, pause or end made by any server process is seen by the next evaluation.
 */
export async function publishedSet(
  services: AppServices,
  branchId: string | undefined,
): Promise<CampaignSet> {
  const stamp = await campaignsStamp(services);
  let cached = cache.get(services);
  if (!cached || cached.stamp !== stamp) {
    cached = { stamp, sets: new Map() };
    cache.set(services, cached);
  }
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
