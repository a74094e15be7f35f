import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  loadPlugins,
  type PluginCandidate,
  type PluginRefusal,
  type Registry,
} from '@campaign-studio/sdk';
import { CliError } from './cli-error.js';
import { findJsonSyntaxError } from './find-json-syntax-error.js';

/** The plugins the server loads by default; `PLUGINS=a,b` or `--plugin` replaces the list. */
export const DEFAULT_PLUGINS: readonly string[] = [
  '@campaign-studio/plugin-core',
  '@campaign-studio/plugin-ecommerce',
];

/** The plugin list as the server reads it: `PLUGINS=a,b`, or the defaults when unset or blank. */
export function pluginsFromEnvironment(value: string | undefined): readonly string[] {
  const names = (value ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);

  return names.length > 0 ? names : DEFAULT_PLUGINS;
}

export interface LoadedRegistry {
  registry: Registry;
  refused: PluginRefusal[];
}

/** A package name is imported as is; anything that looks like a path, from the working folder. */
function importSpecifier(plugin: string, cwd: string): string {
  const isPath = plugin.startsWith('.') || isAbsolute(plugin);

  return isPath ? pathToFileURL(resolve(cwd, plugin)).href : plugin;
}

/**
 * Imports the plugins and builds the registry, as the server does: a plugin that cannot be
 * imported or that the sdk refuses is reported (see describeRefusals) and the others load.
 */
export async function loadRegistry(
  plugins: readonly string[] = DEFAULT_PLUGINS,
  cwd: string = process.cwd(),
): Promise<LoadedRegistry> {
  const candidates: PluginCandidate[] = [];
  const unimportable: PluginRefusal[] = [];
  for (const plugin of plugins) {
    try {
      const module: unknown = await import(importSpecifier(plugin, cwd));
      candidates.push({ source: plugin, module });
    } catch (error) {
      const message = `cannot be imported: ${messageOf(error)}`;
      unimportable.push({ plugin, field: '', message });
    }
  }

  const { registry, refused } = loadPlugins(candidates);

  return { registry, refused: [...unimportable, ...refused] };
}

/** One line per refused plugin, for stderr. */
export function describeRefusals(refused: readonly PluginRefusal[]): string {
  const line = ({ plugin, field, message }: PluginRefusal) =>
    `warning: plugin ${plugin} not loaded${field ? ` (${field})` : ''}: ${message}\n`;

  return refused.map(line).join('');
}

/**
 * Reads and parses a JSON file. Every failure names the file; a syntax error also names the
 * line and column, so the file can be fixed without guessing.
 */
export async function readJsonFile(path: string, cwd: string = process.cwd()): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    const reason = code === 'ENOENT' ? 'file not found' : messageOf(error);
    throw new CliError(`${path}: ${reason}`);
  }

  // Editors on Windows like to start UTF-8 files with a byte-order mark; JSON does not allow it.
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return JSON.parse(json);
  } catch {
    const syntax = findJsonSyntaxError(json);
    const where = syntax ? `:${syntax.line}:${syntax.column}` : '';
    const message = syntax ? syntax.message : 'not valid JSON';
    throw new CliError(`${path}${where}: invalid JSON: ${message}`);
  }
}

/** Reads a JSON file that must hold an object (a campaign, a context, template params). */
export async function readJsonObject(
  path: string,
  what: string,
  cwd: string = process.cwd(),
): Promise<Record<string, unknown>> {
  const value = await readJsonFile(path, cwd);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CliError(`${path}: expected ${what} as a JSON object, found ${kindOf(value)}`);
  }

  return value as Record<string, unknown>;
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) {
    return 'an array';
  }

  return value === null ? 'null' : `a ${typeof value}`;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
