/** Writes (or replaces) the "Redemption" section of docs/benchmarks.md, keeping the others. */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { RedeemRun } from './runRedeem.js';

const file = fileURLToPath(new URL('../../../../docs/benchmarks.md', import.meta.url));
const HEADING = '## Redemption';

export async function writeRedemptionSection(
  results: readonly { backend: string; run: RedeemRun }[],
  skipped: readonly string[],
  setting: { seconds: number; cpu: string; node: string; load: string },
): Promise<void> {
  const rows = results.map(
    ({ backend, run }) =>
      `| ${backend} | ${run.clients} | ${run.perSecond.toFixed(0)} | ${run.p50Ms.toFixed(1)} | ` +
      `${run.p99Ms.toFixed(1)} | ${run.pairs} | ${run.flashUsed} / 200 (${run.flashCompleted}) | ` +
      `${run.oversold ? 'OVERSOLD' : 'none'} |`,
  );
  const section = [
    HEADING,
    '',
    '`pnpm bench:redeem` (`--quick` for 2 s runs; `--backends=`, `--clients=`) runs checkout',
    'loops that each hold an order (campaign budget, the stock of one of 20 items, the',
    "customer's once-only cap, and for every 10th order a flash item with 200 units) and",
    'complete it, on each ledger backend, each run on a fresh database. A pair is one hold plus',
    'one completion; latency is measured per pair. After each run the flash item counter is',
    'compared with the completed orders that took it: "oversell" would be more than 200, or a',
    'count that differs. Code: `packages/bench/src/redeem/`.',
    '',
    `Last run: ${setting.seconds} s per row, ${setting.cpu}, Node ${setting.node}, ` +
      'PostgreSQL and Redis',
    `on the same machine; load average ${setting.load} when it started.`,
    '',
    'Target: with 16 clients, at least 1,000 pairs/s on PostgreSQL with p99 at most 50 ms.',
    'Every order takes from one campaign budget, a single hot row on PostgreSQL: its lock is',
    'held until the commit is flushed to disk, so the orders of one budget go one after another',
    'and the disk flush time sets the pace (two commits per pair). With Redis the counters',
    'leave PostgreSQL and its commits of different orders run in parallel. A load average above',
    'the two cores means other work shared the machine, and the figures are low.',
    '',
    '| backend | clients | pairs/s | p50 ms | p99 ms | pairs | flash used (completed) | oversell |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
    ...rows,
    ...(skipped.length === 0 ? [] : ['', ...skipped.map((reason) => `Skipped: ${reason}.`)]),
    '',
  ].join('\n');

  const text = await readFile(file, 'utf8');
  const start = text.indexOf(`\n${HEADING}\n`);
  if (start === -1) {
    await writeFile(file, `${text.trimEnd()}\n\n${section}`);
    return;
  }
  const after = text.indexOf('\n## ', start + HEADING.length + 1);
  const rest = after === -1 ? '' : `\n${text.slice(after + 1)}`;
  await writeFile(file, `${text.slice(0, start + 1)}${section}${rest}`);
}
