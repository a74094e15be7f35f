/**
 * `pnpm bench:http [--seconds=10] [--connections=16] [--campaigns=200] [--explain=false]
 *  [--database=pglite|postgres] [--processes=1]`
 *
 * The server's `evaluate` endpoint over loopback: a child process runs the server on PGlite
 * (or a scratch PostgreSQL database, where `--processes=N` runs N server processes on one
 * port) with the workload's campaigns published; autocannon (in this process) posts the
 * timing contexts in turn for the given time and connections, and the figures are printed:
 * requests per second, latency percentiles, and the CPU time the server processes and this
 * process spent, which a machine shared with other work changes less than the rates. One
 * warm-up pass first compiles and caches the set.
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
const database = args.get('database') ?? 'pglite';
const processes = Number(args.get('processes') ?? '1');
if (database !== 'pglite' && database !== 'postgres') {
  throw new RangeError(`--database is pglite or postgres, not "${database}"`);
}
if (!Number.isInteger(processes) || processes < 1 || (processes > 1 && database !== 'postgres')) {
  throw new RangeError('--processes is a whole number, above 1 only with --database=postgres');
}

const child = fork(fileURLToPath(new URL('./serve-workload.ts', import.meta.url)), [
  String(campaignCount),
  database,
  String(processes),
]);
const url = await new Promise<string>((resolve, reject) => {
  child.once('message', (message) => resolve((message as { url: string }).url));
  child.once('exit', (code) => reject(new Error(`the server exited with code ${code}`)));
});

/** CPU microseconds the server processes have used so far. */
const serverCpu = () =>
  new Promise<number>((resolve) => {
    const onMessage = (message: { cpu?: number }) => {
      if (message.cpu === undefined) return;
      child.off('message', onMessage);
      resolve(message.cpu);
    };
    child.on('message', onMessage);
    child.send('cpu');
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
const serverBefore = await serverCpu();
const ownBefore = process.cpuUsage();
const result = await load(seconds);
const own = process.cpuUsage(ownBefore);
const serverMs = ((await serverCpu()) - serverBefore) / 1000;
child.kill('SIGTERM');

const failed = result.non2xx + result.errors + result.timeouts;
process.stdout.write(
  [
    `evaluate over HTTP: ${campaignCount} campaigns, explain ${explain}, ${connections} ` +
      `connections, ${seconds} s, ${database}, ${processes} server process` +
      `${processes > 1 ? 'es' : ''}; Node ${process.version}, ${cpus().length} cores, ` +
      `load ${loadavg()
        .map((value) => value.toFixed(1))
        .join(' ')}`,
    `requests/s ${result.requests.average.toFixed(0)} (total ${result.requests.total})`,
    `latency ms p50 ${result.latency.p50} p90 ${result.latency.p90} p99 ${result.latency.p99} ` +
      `max ${result.latency.max}`,
    `server CPU ${(serverMs / Math.max(result.requests.total, 1)).toFixed(2)} ms a request ` +
      `(${(serverMs / 1000 / seconds).toFixed(2)} cores); autocannon ` +
      `${((own.user + own.system) / 1e6 / seconds).toFixed(2)} cores`,
    `failed ${failed} (non-2xx ${result.non2xx}, errors ${result.errors}, ` +
      `timeouts ${result.timeouts})`,
  ].join('\n') + '\n',
);
process.exitCode = failed > 0 ? 1 : 0;
