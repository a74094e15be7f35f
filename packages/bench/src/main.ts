/**
 * `pnpm bench [--quick] [--sizes=20,200,2000,2000/200] [--evaluators=ours,reference,…]
 *  [--agree=1000] [--json=out.json]`
 *
 * First checks that our engine, json-rules-engine and the plain-JS reference agree on random
 * contexts, then times each evaluator at each size in a fresh child process and prints the
 * figures, the ratios and the targets.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkAgreement } from './agreement.js';
import { KINDS, kindByName } from './evaluators/kinds.js';
import { FULL_BUDGET, QUICK_BUDGET, type Measurement, type TimingBudget } from './measurement.js';
import { measurementTable, ratios } from './report.js';
import { generateCampaigns } from './workload/generate-campaigns.js';
import { generateContexts } from './workload/generate-contexts.js';
import {
  AGREEMENT_CONTEXT_SEED,
  CAMPAIGN_SEED,
  SIZES,
  sizeByLabel,
  type Size,
} from './workload/sizes.js';

interface Options {
  quick: boolean;
  sizes: Size[];
  evaluators: string[];
  agree: number;
  json?: string;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = {
    quick: false,
    sizes: [...SIZES],
    evaluators: KINDS.map((kind) => kind.name),
    agree: 1_000,
  };
  for (const arg of argv) {
    const [flag, value = ''] = arg.split('=', 2) as [string, string?];
    if (flag === '--quick') options.quick = true;
    else if (flag === '--sizes') options.sizes = value.split(',').map(sizeByLabel);
    else if (flag === '--evaluators')
      options.evaluators = value.split(',').map((n) => kindByName(n).name);
    else if (flag === '--agree' && /^\d+$/.test(value)) options.agree = Number(value);
    else if (flag === '--json' && value) options.json = value;
    else {
      throw new RangeError(
        `unknown option ${arg}: use --quick, --sizes=20,200,2000,2000/200, ` +
          '--evaluators=ours,ours-no-explain,json-rules-engine,reference, ' +
          '--agree=<contexts>, --json=<file>',
      );
    }
  }
  if (options.quick && !argv.some((arg) => arg.startsWith('--agree'))) options.agree = 200;

  return options;
}

/** How many agreement contexts each size gets: all of them at 200, fewer where it is slow. */
const AGREEMENT_SHARE: Record<string, number> = {
  '20': 0.1,
  '200': 1,
  '2000': 0.02,
  '2000/200': 0.03,
};

/**
 * Agreement on `count` contexts at 200 campaigns (the size the targets name), and on fewer at
 * each other size (json-rules-engine takes about 0.3 s a context at 2,000), before timing.
 */
async function agree(count: number): Promise<boolean> {
  for (const size of SIZES) {
    const share = AGREEMENT_SHARE[size.label] ?? 0.1;
    const contexts = generateContexts(AGREEMENT_CONTEXT_SEED, Math.ceil(count * share));
    if (contexts.length === 0) continue;
    const campaigns = generateCampaigns(CAMPAIGN_SEED, size.inScope, size.outOfScope);
    const started = Date.now();
    const report = await checkAgreement(KINDS, campaigns, contexts);
    if (report.mismatch) {
      const { index, context, answers } = report.mismatch;
      process.stderr.write(
        `MISMATCH at ${size.label} campaigns, context #${index}:\n` +
          `${JSON.stringify(context, null, 2)}\nanswers:\n${JSON.stringify(answers, null, 2)}\n`,
      );
      return false;
    }
    process.stderr.write(
      `agreement at ${size.label} campaigns: ${report.checked} contexts, all evaluators agree ` +
        `(${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
    );
  }

  return true;
}

function time(evaluator: string, size: Size, budget: TimingBudget): Measurement {
  const require = createRequire(import.meta.url);
  const tsx = pathToFileURL(require.resolve('tsx')).href;
  const worker = fileURLToPath(new URL('./worker.ts', import.meta.url));
  const args = [String(budget.warmupMs), String(budget.measureMs), String(budget.minEvaluations)];
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', tsx, worker, evaluator, size.label, ...args],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (child.status !== 0) {
    throw new Error(
      `worker ${evaluator} at ${size.label} failed (${child.status}):\n${child.stderr}`,
    );
  }

  return JSON.parse(child.stdout.trim()) as Measurement;
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  if (options.agree > 0 && !(await agree(options.agree))) return 1;

  const budget = options.quick ? QUICK_BUDGET : FULL_BUDGET;
  const measurements: Measurement[] = [];
  for (const size of options.sizes) {
    for (const evaluator of options.evaluators) {
      const measurement = time(evaluator, size, budget);
      measurements.push(measurement);
      const perSecond = measurement.perSecond.toFixed(0).padStart(8);
      process.stderr.write(
        `${size.label.padEnd(9)} ${evaluator.padEnd(18)} ${perSecond} evals/s\n`,
      );
    }
  }

  const summary = ratios(measurements);
  process.stdout.write(
    `\nNode ${process.version}, ${budget.warmupMs} ms warm-up, ` +
      `${budget.measureMs} ms timed per run\n\n` +
      `${measurementTable(measurements)}\n\n${summary.text}\n\n` +
      `total ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
  );
  if (options.json) writeFileSync(options.json, `${JSON.stringify(measurements, null, 2)}\n`);

  return 0;
}

process.exitCode = await main();
