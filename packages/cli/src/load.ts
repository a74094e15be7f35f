import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { PluginRefusal, Registry } from '@campaign-studio/sdk';
import { DEFAULT_PLUGINS, importPlugins } from '@campaign-studio/sdk/node';
import { CliError } from './cli-error.js';
import { findJsonSyntaxError } from './find-json-syntax-error.js';

export { DEFAULT_PLUGINS, pluginsFromEnv } from '@campaign-studio/sdk/node';

export interface LoadedRegistry {
  registry: Registry;
  refused: PluginRefusal[];
}

/**
 * Imports the plugins and builds the registry, as the server does: a plugin that cannot be
 * imported or that the sdk refuses is reported (see describeRefusals) and the others load.
 */
export function loadRegistry(
  plugins: readonly string[] = DEFAULT_PLUGINS,
  cwd: string = process.cwd(),
): Promise<LoadedRegistry> {
  return importPlugins(plugins, (specifier) => import(specifier), cwd);
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
