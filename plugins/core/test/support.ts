import { loadPlugins, type CampaignDocument } from '@campaign-studio/sdk';
import core from '../src/index.js';

export const { registry } = loadPlugins([{ source: '@campaign-studio/plugin-core', module: core }]);
export const engine = registry.engine;

/** A campaign with the given rules and sensible identity, for tests. */
export function campaign(
  id: string,
  rules: unknown[],
  extra: Partial<CampaignDocument> = {},
): CampaignDocument {
  return {
    id,
    version: 1,
    name: { 'zh-CN': id, en: id },
    rules,
    ...extra,
  } as CampaignDocument;
}

export const use = (block: string, params: Record<string, unknown>) => ({ block, params });
