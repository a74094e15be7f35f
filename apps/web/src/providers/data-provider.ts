/**
 * refine's data provider over the tRPC client. Only the `campaigns` resource exists; each
 * method maps to one procedure, and every error becomes an ApiError carrying the issues.
 */
import type { BaseRecord, CrudFilter, DataProvider } from '@refinedev/core';
import { toApiError } from '../api/api-error.js';
import { trpcClient } from '../api/trpc.js';
import type { Campaign } from '../api/types.js';
import { isLifecycleStatus } from '../lib/lifecycle-steps.js';

type CreateInput = Parameters<typeof trpcClient.campaigns.create.mutate>[0];
type UpdateInput = Parameters<typeof trpcClient.campaigns.update.mutate>[0];
type ListInput = NonNullable<Parameters<typeof trpcClient.campaigns.list.query>[0]>;

function requireCampaigns(resource: string): void {
  if (resource !== 'campaigns') {
    throw new Error(`Unknown resource "${resource}": the shell only serves "campaigns".`);
  }
}

function filterValue(filters: CrudFilter[] | undefined, field: string): string | undefined {
  for (const filter of filters ?? []) {
    if ('field' in filter && filter.field === field && typeof filter.value === 'string') {
      return filter.value;
    }
  }
  return undefined;
}

async function call<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toApiError(error);
  }
}

/** Campaign records typed as refine's open records; pages cast back with `asCampaign`. */
function asRecord<TData extends BaseRecord>(campaign: unknown): TData {
  return campaign as TData;
}

export const dataProvider: DataProvider = {
  getApiUrl: () => '/trpc',

  async getList({ resource, filters }) {
    requireCampaigns(resource);
    const input: ListInput = {};
    const lifecycle = filterValue(filters, 'lifecycle');
    const branchId = filterValue(filters, 'branchId');
    if (lifecycle !== undefined && isLifecycleStatus(lifecycle) && lifecycle !== 'approved') {
      input.lifecycle = [lifecycle];
    }
    if (branchId) input.branchId = branchId;

    const campaigns = await call(() => trpcClient.campaigns.list.query(input));
    return { data: campaigns.map((campaign) => asRecord(campaign)), total: campaigns.length };
  },

  async getOne({ resource, id }) {
    requireCampaigns(resource);
    const campaign = await call(() => trpcClient.campaigns.get.query({ id: String(id) }));
    return { data: asRecord(campaign) };
  },

  async create({ resource, variables }) {
    requireCampaigns(resource);
    const campaign = await call(() => trpcClient.campaigns.create.mutate(variables as CreateInput));
    return { data: asRecord(campaign) };
  },

  async update({ resource, id, variables }) {
    requireCampaigns(resource);
    const input = { ...(variables as Omit<UpdateInput, 'id'>), id: String(id) } as UpdateInput;
    const campaign = await call(() => trpcClient.campaigns.update.mutate(input));
    return { data: asRecord(campaign) };
  },

  async deleteOne({ resource }) {
    requireCampaigns(resource);
    throw new Error('Campaigns are not deleted: end or pause them instead.');
  },
};

export function asCampaign(record: BaseRecord | undefined): Campaign | undefined {
  return record as Campaign | undefined;
}
