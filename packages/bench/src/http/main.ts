/**
 * `pnpm bench:http [--seconds=10] [--connections=16] [--campaigns=200] [--explain=false]`
 *
 * The server's `evaluate` endpoint over loopback: a child process runs the server on PGlite
 * with the workload's campaigns published; autocannon (in this process) posts the timing
 * contexts in turn for the given time and connections, and the figures are printed: requests
 * per second and latency percentiles. One warm-up pass first compiles and caches the set.
 */
import { fork } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { generateContexts } from '../workload/generate-contexts.js';
import { TIMING_CONTEXT_SEED } from '../workload/sizes.js';

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [name = '', value = 'true'] = arg.replace(/^--/, '').split('=');
    return [name, value] as const;
  }),
);
const seconds = Number(args.get('seconds') ?? '10');
const connections = Number(args.get('connections') ?? '16');
const campaignCount = Number(args.get('campaigns') ?? '200');
const explain = args.get('explain') !== 'false';

const child = fork(fileURLToPath(new URL('./serve-workload.ts', import.meta.url)), [
  String(campaignCount),
]);
const url = await new Promise<string>((resolve, reject) => {
  child.once('message', (message) => resolve((message as { url: string }).url));
  child.once('exit', (code) => reject(new Error(`the server exited with code ${code}`)));
});

const bodies = generateContexts(TIMING_CONTEXT_SEED, 300).map((context) =>
  JSON.stringify({ context, explain }),
);
let next = 0;
const load = (duration: number) =>
  autocannon({
    url: `${url}/trpc/evaluate`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections,
    duration,
    requests: [
      {
        setupRequest: (request) => {
          const body = bodies[next % bodies.length] as string;
          next += 1;
          return { ...request, body };
        },
      },
    ],
  });

await load(2);
const result = await load(seconds);
child.kill('SIGTERM');

const failed = result.non2xx + result.errors + result.timeouts;
process.stdout.write(
  [
    `evaluate over HTTP: ${campaignCount} campaigns, explain ${explain}, ${connections} ` +
      `connections, ${seconds} s; Node ${process.version}, ${cpus().length} cores, ` +
      `load ${loadavg()
        .map((value) => value.toFixed(1))
        .join(' ')}`,
    `requests/s ${result.requests.average.toFixed(0)} (total ${result.requests.total})`,
    `latency ms p50 ${result.latency.p50} p90 ${result.latency.p90} p99 ${result.latency.p99} ` +
      `max ${result.latency.max}`,
    `failed ${failed} (non-2xx ${result.non2xx}, errors ${result.errors}, ` +
      `timeouts ${result.timeouts})`,
  ].join('\n') + '\n',
);
process.exitCode = failed > 0 ? 1 : 0;
