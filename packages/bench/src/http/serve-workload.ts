/**
 * The child process of `pnpm bench:http`: starts the server on a fresh PGlite folder, with
 * the benchmark's campaigns created and published (approved) at HQ, and sends its URL to the
 * parent. It runs until the parent ends it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '@campaign-studio/server';
import { generateCampaigns } from '../workload/generate-campaigns.js';
import { CAMPAIGN_SEED } from '../workload/sizes.js';

const campaignCount = Number(process.argv[2] ?? '200');
// The request log would cost the server more than the requests it measures.
process.env.LOG_LEVEL ??= 'warn';

const dataDir = await mkdtemp(join(tmpdir(), 'bench-http-'));
const server = await startServer({
  port: 0,
  dataDir,
  seed: true,
  stageChecks: false,
  plugins: ['@campaign-studio/plugin-core'],
});
const { campaigns } = server.services.repositories;
for (const document of generateCampaigns(CAMPAIGN_SEED, campaignCount)) {
  const draft = await campaigns.create({
    id: document.id,
    branchId: 'hq',
    plugin: 'core',
    name: document.name,
    document: { ...document },
  });
  await campaigns.publish(draft.id, draft.revision, {
    documentFor: (version) => ({ ...document, version }),
    lifecycle: 'approved',
  });
}

const stop = async () => {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('disconnect', () => void stop());
process.send?.({ url: server.url, campaigns: campaignCount });
