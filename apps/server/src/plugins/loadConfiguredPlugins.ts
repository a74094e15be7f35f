import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  loadPlugins,
  type PluginCandidate,
  type PluginRefusal,
  type Registry,
} from '@campaign-studio/sdk';
import type { Logger } from 'pino';

/** Loaded unless `PLUGINS` or the `plugins` option says otherwise; dependencies come first. */
export const DEFAULT_PLUGINS = [
  '@campaign-studio/plugin-core',
  '@campaign-studio/plugin-ecommerce',
];

/** `PLUGINS=a,b` → `['a', 'b']`; absent or blank → the defaults. */
export function pluginsFromEnv(value: string | undefined): string[] {
  const names = (value ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);

  return names.length > 0 ? names : [...DEFAULT_PLUGINS];
}

/**
 * Imports each configured plugin (a package name, or a path to a module) and hands them to
 * the SDK's loader. A plugin that cannot be imported or fails its checks is refused and
 * logged with the reason; the others keep working.
 */
export async function loadConfiguredPlugins(
  names: readonly string[],
  logger: Logger,
): Promise<{ registry: Registry; refused: PluginRefusal[] }> {
  const candidates: PluginCandidate[] = [];
  const unimportable: PluginRefusal[] = [];

  for (const name of names) {
    try {
      candidates.push({ source: name, module: await import(specifierOf(name)) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      unimportable.push({ plugin: name, field: '', message: `cannot be imported: ${reason}` });
    }
  }

  const { registry, refused } = loadPlugins(candidates);
  const allRefused = [...unimportable, ...refused];
  for (const refusal of allRefused) {
    logger.error({ plugin: refusal.plugin, field: refusal.field }, refusal.message);
  }
  logger.info({ plugins: registry.plugins.map((plugin) => plugin.id) }, 'plugins loaded');

  return { registry, refused: allRefused };
}

function specifierOf(name: string): string {
  const isPath = name.startsWith('.') || isAbsolute(name);

  return isPath ? pathToFileURL(resolve(name)).href : name;
}
