import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { compile } from 'json-schema-to-typescript';

const ROOT = resolve(import.meta.dirname, '..');

/** One generated file: a plugin's param schema and the TypeScript it should produce. */
export interface GeneratedFile {
  schemaPath: string;
  outputPath: string;
  content: string;
}

const BANNER = [
  '/* Generated from {{schema}} by `pnpm codegen`; do not edit by hand.',
  ' * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */',
].join('\n');

/**
 * Generates the params types of every plugin's block schemas: `plugins/<p>/schemas/<n>.json`
 * becomes `plugins/<p>/src/generated/<n>.ts`.
 */
export async function generateBlockTypes(): Promise<GeneratedFile[]> {
  const pluginsDir = join(ROOT, 'plugins');
  const files: GeneratedFile[] = [];
  for (const plugin of (await readdir(pluginsDir)).sort()) {
    const schemasDir = join(pluginsDir, plugin, 'schemas');
    const names = await readdir(schemasDir).catch(() => [] as string[]);
    for (const name of names.filter((each) => each.endsWith('.json')).sort()) {
      const schemaPath = join(schemasDir, name);
      const schema = JSON.parse(await readFile(schemaPath, 'utf8'));
      const relative = `plugins/${plugin}/schemas/${name}`;
      const content = await compile(schema, schema.title ?? name, {
        bannerComment: BANNER.replace('{{schema}}', relative),
        additionalProperties: false,
        strictIndexSignatures: true,
        format: true, // prettier, with the settings below
        style: { singleQuote: true, printWidth: 100 },
      });
      const outputPath = join(pluginsDir, plugin, 'src', 'generated', name.replace(/json$/, 'ts'));
      files.push({ schemaPath, outputPath, content });
    }
  }

  return files;
}
