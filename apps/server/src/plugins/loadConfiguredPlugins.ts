import type { PluginRefusal, Registry } from '@campaign-studio/sdk';
import { importPlugins } from '@campaign-studio/sdk/node';
import type { Logger } from 'pino';

/**
 * Imports the configured plugins through the SDK and logs the outcome: each refused plugin
 * with its reason, then the ids of those that loaded. The others keep working.
 */
export async function loadConfiguredPlugins(
  names: readonly string[],
  logger: Logger,
): Promise<{ registry: Registry; refused: PluginRefusal[] }> {
  const { registry, refused } = await importPlugins(names, (specifier) => import(specifier));
  for (const refusal of refused) {
    logger.error({ plugin: refusal.plugin, field: refusal.field }, refusal.message);
  }
  logger.info({ plugins: registry.plugins.map((plugin) => plugin.id) }, 'plugins loaded');

  return { registry, refused };
}
