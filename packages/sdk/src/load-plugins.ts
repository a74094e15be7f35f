import { ENGINE_VERSION } from '@campaign-studio/engine';
import { checkPlugin } from './check-plugin.js';
import { PluginCheckError, type PluginRefusal } from './plugin-refusal.js';
import { createRegistry, type Registry } from './registry.js';
import type { PluginDefinition } from './types.js';

/** A plugin module as imported, with where it came from (for messages). */
export interface PluginCandidate {
  source: string;
  module: unknown;
}

/**
 * Checks each candidate in order and builds a registry of those that pass. A broken plugin is
 * refused with its name, the field and what is wrong; the others still load. A plugin's
 * dependencies must come before it in the list.
 */
export function loadPlugins(
  candidates: readonly PluginCandidate[],
  options: { engineVersion?: string } = {},
): { registry: Registry; refused: PluginRefusal[] } {
  const engineVersion = options.engineVersion ?? ENGINE_VERSION;
  const loaded = new Map<string, PluginDefinition>();
  const refused: PluginRefusal[] = [];

  for (const candidate of candidates) {
    const manifest = manifestOf(candidate.module);
    try {
      const plugin = checkPlugin(manifest, engineVersion, loaded);
      loaded.set(plugin.id, plugin);
    } catch (error) {
      refused.push({
        plugin: pluginName(manifest, candidate.source),
        field: error instanceof PluginCheckError ? error.field : '',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }

  return { registry: createRegistry([...loaded.values()], refused), refused };
}

/** A module's default export is its manifest; a bare manifest object is accepted too. */
function manifestOf(module: unknown): unknown {
  if (typeof module === 'object' && module !== null && 'default' in module) {
    return (module as { default: unknown }).default;
  }

  return module;
}

function pluginName(manifest: unknown, source: string): string {
  const id = (manifest as { id?: unknown } | undefined)?.id;

  return typeof id === 'string' && id.length > 0 ? id : source;
}
