import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadPlugins } from '../load-plugins.js';
import type { PluginCandidate } from '../load-plugins.js';
import type { PluginRefusal } from '../plugin-refusal.js';
import type { Registry } from '../registry.js';

/** The plugins the server and the CLI load unless told otherwise; dependencies come first. */
export const DEFAULT_PLUGINS: readonly string[] = [
  '@campaign-studio/plugin-core',
  '@campaign-studio/plugin-ecommerce',
  '@campaign-studio/plugin-retail',
  '@campaign-studio/plugin-telecom',
  '@campaign-studio/plugin-bank',
  '@campaign-studio/plugin-hotel',
  '@campaign-studio/plugin-power',
];

/** `PLUGINS=a,b` → `['a', 'b']`; absent or blank → the defaults. */
export function pluginsFromEnv(value: string | undefined): readonly string[] {
  const names = (value ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);

  return names.length > 0 ? names : DEFAULT_PLUGINS;
}

/** Imports a module; passed in so that package names resolve from the caller's package. */
export type ImportModule = (specifier: string) => Promise<unknown>;

/**
 * Imports each plugin (a package name, or a path to a module, resolved from `cwd`) and builds
 * the registry. A plugin that cannot be imported, or that the loader refuses, is reported with
 * the reason; the others load. Call it as `importPlugins(names, (s) => import(s))`: a bare
 * package name resolves from the module that wrote that `import`, and only the application
 * (server, CLI) depends on the plugin packages.
 */
export async function importPlugins(
  names: readonly string[],
  importModule: ImportModule,
  cwd: string = process.cwd(),
): Promise<{ registry: Registry; refused: PluginRefusal[] }> {
  const candidates: PluginCandidate[] = [];
  const unimportable: PluginRefusal[] = [];
  for (const name of names) {
    try {
      candidates.push({ source: name, module: await importModule(specifierOf(name, cwd)) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      unimportable.push({ plugin: name, field: '', message: `cannot be imported: ${reason}` });
    }
  }
  const { registry, refused } = loadPlugins(candidates);

  return { registry, refused: [...unimportable, ...refused] };
}

function specifierOf(name: string, cwd: string): string {
  const isPath = name.startsWith('.') || isAbsolute(name);

  return isPath ? pathToFileURL(resolve(cwd, name)).href : name;
}
