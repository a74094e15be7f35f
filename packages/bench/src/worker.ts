/**
 * One timed run in a fresh process: one evaluator, one workload size. `main.ts` spawns it so
 * that no two runs share a JIT or a heap; it prints one JSON `Measurement` on stdout.
 *
 *   tsx packages/bench/src/worker.ts <evaluator> <size> <warmupMs> <measureMs> <minEvaluations>
 */
import { kindByName } from './evaluators/kinds.js';
import type { Measurement } from './measurement.js';
import { generateCampaigns } from './workload/generate-campaigns.js';
import { generateContexts } from './workload/generate-contexts.js';
import { CAMPAIGN_SEED, sizeByLabel, TIMING_CONTEXT_SEED } from './workload/sizes.js';

const MiB = 1024 * 1024;
const POOL = 500;

async function main(): Promise<void> {
  const [name = '', label = '', warmup = '1000', measure = '3000', least = '20'] =
    process.argv.slice(2);
  const kind = kindByName(name);
  const size = sizeByLabel(label);
  const campaigns = generateCampaigns(CAMPAIGN_SEED, size.inScope, size.outOfScope);
  const contexts = generateContexts(TIMING_CONTEXT_SEED, POOL);
  kind.load?.();

  const compileStart = process.hrtime.bigint();
  const evaluator = kind.prepare(campaigns);
  const compileMs = Number(process.hrtime.bigint() - compileStart) / 1e6;
  // Started with --expose-gc, so heapUsed counts what the compiled campaigns keep alive.
  (globalThis as { gc?: () => void }).gc?.();
  const heapAfterCompileMiB = process.memoryUsage().heapUsed / MiB;

  const run = async (index: number): Promise<bigint> => {
    const context = contexts[index % POOL] as (typeof contexts)[number];
    const start = process.hrtime.bigint();
    const answer = evaluator.evaluate(context);
    // Only json-rules-engine is asynchronous; awaiting the others would time a microtask too.
    if (answer instanceof Promise) await answer;
    return process.hrtime.bigint() - start;
  };

  let index = 0;
  const warmupEnd = Date.now() + Number(warmup);
  while (Date.now() < warmupEnd) await run(index++);

  const samples: bigint[] = [];
  const measureStart = process.hrtime.bigint();
  const measureEnd = Date.now() + Number(measure);
  while (Date.now() < measureEnd || samples.length < Number(least))
    samples.push(await run(index++));
  const elapsedNs = Number(process.hrtime.bigint() - measureStart);

  const sorted = samples.map(Number).sort((a, b) => a - b);
  const quantile = (q: number) =>
    (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0) / 1e3;
  const measurement: Measurement = {
    evaluator: kind.name,
    size: size.label,
    campaigns: campaigns.length,
    compileMs,
    heapAfterCompileMiB,
    rssMiB: process.memoryUsage().rss / MiB,
    evaluations: samples.length,
    perSecond: (samples.length * 1e9) / elapsedNs,
    p50Us: quantile(0.5),
    p99Us: quantile(0.99),
    meanUs: sorted.reduce((sum, ns) => sum + ns, 0) / sorted.length / 1e3,
  };
  process.stdout.write(`${JSON.stringify(measurement)}\n`);
}

await main();
