import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createAppServices } from '../src/createAppServices.js';
import { DEFAULT_PLUGINS, pluginsFromEnv } from '@campaign-studio/sdk/node';
import { startServer } from '../src/startServer.js';
import { anonymous, signedIn, silentLogger } from './support/testServices.js';

describe('start-up', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cs-data-'));

  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('seeds an empty data folder once; a second start reuses it', async () => {
    const first = await startServer({ port: 0, dataDir, seed: true, logger: silentLogger });
    const firstCustomers = await first.services.repositories.customers.list();
    const users = await first.services.repositories.users.list();
    await first.close();
    expect(firstCustomers.length).toBe(6);
    expect(users.map((user) => [user.username, user.role, user.branchId])).toEqual([
      ['auditor', 'auditor', 'hq'],
      ['east-manager', 'branch-manager', 'east'],
      ['east-marketer', 'marketer', 'east'],
      ['hq-admin', 'hq-admin', 'hq'],
      ['integrator', 'integrator', 'hq'],
    ]);

    const second = await startServer({ port: 0, dataDir, seed: true, logger: silentLogger });
    try {
      expect((await second.services.repositories.customers.list()).length).toBe(6);
      expect((await second.services.repositories.branches.list()).map((b) => b.id)).toEqual([
        'east',
        'hq',
      ]);
      const caller = await signedIn(second.services, 'east-manager');
      expect((await caller.auth.me()).user?.branchName.en).toBe('East China branch');
    } finally {
      await second.close();
    }
  });

  it('refuses broken and missing plugins by name and keeps the others', async () => {
    const broken = fileURLToPath(new URL('./fixtures/brokenPlugin.ts', import.meta.url));
    const services = await createAppServices({
      dataDir: 'memory://',
      plugins: ['@campaign-studio/plugin-core', '@campaign-studio/no-such-plugin', broken],
      logger: silentLogger,
    });
    try {
      const registry = await anonymous(services).registry.get();
      expect(registry.plugins.map((plugin) => plugin.id)).toEqual(['core']);
      expect(registry.refused.map((refusal) => refusal.plugin)).toEqual([
        '@campaign-studio/no-such-plugin',
        'broken',
      ]);
      expect(registry.refused[1]?.message).toContain('99');
      expect(registry.plugins[0]?.blocks.some((b) => b.id === 'core.amount-off')).toBe(true);
    } finally {
      await services.database.close();
    }
  });

  it('reads the plugin list from PLUGINS', () => {
    expect(pluginsFromEnv(undefined)).toEqual(DEFAULT_PLUGINS);
    expect(pluginsFromEnv(' ')).toEqual(DEFAULT_PLUGINS);
    expect(pluginsFromEnv('a, b,,c')).toEqual(['a', 'b', 'c']);
  });
});
