/** Writes (or replaces) the "Redemption" section of docs/benchmarks.md, keeping the others. */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { RedeemRun } from './runRedeem.js';

const file = fileURLToPath(new URL('../../../../docs/benchmarks.md', import.meta.url));
const HEADING = '## Redemption';
/** What was tried and what the figures mean: kept by hand, copied under the table. */
const notesFile = fileURLToPath(new URL('./redemption-notes.md', import.meta.url));

const intro = [
  '`pnpm bench:redeem` (`--quick` for 2 s runs; `--backends=`, `--clients=`, `--paths=`,',
  '`--pool=` for the service rows, `--write=false`) runs checkout loops that each redeem an',
  'order and complete it, each row on a fresh database. A pair is one redeem plus one',
  'completion; latency is measured per pair.',
  '',
  '- **ledger**: the ledger alone. Each hold takes from the campaign budget, the stock of one',
  "  of 20 items, the customer's once-only cap, and for every 10th order a flash item with 200",
  '  units.',
  "- **service**: the server's `redemption.redeem` and `redemption.complete` procedures in",
  "  process (input checks, session, evaluation, hold, the ledger's limits when refused; the",
  '  order read back unless this process held it, grants, completion), on a published campaign',
  '  taking 10.00 off every order with a budget, once per customer (a new customer id every',
  '  order), the stock of 20 items and a flash item of 200 units in every 10th order.',
  '',
  'After each run the flash counter is compared with the completed orders that took it and the',
  'budget counter with the completed pairs: "oversell" would be more than the capacity, or a',
  'count that differs. Code: `packages/bench/src/redeem/`.',
];

export async function writeRedemptionSection(
  results: readonly { path: string; backend: string; run: RedeemRun }[],
  skipped: readonly string[],
  setting: { seconds: number; cpu: string; node: string; load: string },
): Promise<void> {
  const rows = results.map(
    ({ path, backend, run }) =>
      `| ${path} | ${backend} | ${run.clients} | ${run.perSecond.toFixed(0)} | ` +
      `${run.p50Ms.toFixed(1)} | ${run.p99Ms.toFixed(1)} | ${run.pairs} | ` +
      `${run.flashUsed} / 200 (${run.flashCompleted}) | ${run.oversold ? 'OVERSOLD' : 'none'} |`,
  );
  const notes = await readFile(notesFile, 'utf8');
  const section = [
    HEADING,
    '',
    ...intro,
    '',
    `Last run: ${setting.seconds} s per row, ${setting.cpu}, Node ${setting.node}, ` +
      'PostgreSQL and Redis',
    `on the same machine; load average ${setting.load} when it started.`,
    '',
    '| path | backend | clients | pairs/s | p50 ms | p99 ms | pairs | flash used (completed) ' +
      '| oversell |',
    '|---|---|---:|---:|---:|---:|---:|---:|---|',
    ...rows,
    ...(skipped.length === 0 ? [] : ['', ...skipped.map((reason) => `Skipped: ${reason}.`)]),
    '',
    notes.trimEnd(),
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
