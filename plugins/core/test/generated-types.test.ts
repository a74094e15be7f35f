import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generateBlockTypes } from '../../../scripts/block-types.js';

describe('generated params types of every plugin', () => {
  it('match their JSON Schemas (run `pnpm codegen` when this fails)', async () => {
    const files = await generateBlockTypes();
    expect(files.length).toBeGreaterThan(10);

    for (const file of files) {
      const committed = await readFile(file.outputPath, 'utf8').catch(() => '(missing)');
      expect(committed, `${file.outputPath} is stale`).toBe(file.content);
    }
  });
});
