import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from '../src/cli-error.js';
import { readJsonFile, readJsonObject } from '../src/load.js';
import { createScratch } from './helpers.js';

const scratch = createScratch();
afterAll(() => scratch.remove());

describe('readJsonFile', () => {
  it('names the file, line and column of a syntax error', async () => {
    const path = scratch.write('trailing-comma.json', '{\n  "id": "e1",\n  "version": 1,\n}\n');

    await expect(readJsonFile(path)).rejects.toThrow(
      `${path}:4:1: invalid JSON: expected a double-quoted property name`,
    );
  });

  it('reports a missing file as such, with exit code 2', async () => {
    const error = await readJsonFile('no-such-file.json').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toBe('no-such-file.json: file not found');
    expect((error as CliError).exitCode).toBe(2);
  });

  it('reads a file that starts with a byte-order mark', async () => {
    const path = scratch.write('bom.json', '\uFEFF{"amount": 500}');

    await expect(readJsonFile(path)).resolves.toEqual({ amount: 500 });
  });

  it('refuses an array where an object is expected', async () => {
    const path = scratch.write('array.json', '[1, 2]');

    await expect(readJsonObject(path, 'a campaign document')).rejects.toThrow(
      `${path}: expected a campaign document as a JSON object, found an array`,
    );
  });
});
