/**
 * A loop to profile one evaluator without child processes or timing code in the way:
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx packages/bench/src/profile.ts \
 *     ours 200 0 300
 *
 * arguments: evaluator, campaigns in scope, campaigns out of scope, contexts, rounds (3 unless
 * given). It prints the mean per context over all rounds and the fastest round's: on a shared
 * machine the fastest round is the steadier figure to compare engines by.
 */
import { kindByName } from './evaluators/kinds.js';
import { generateCampaigns } from './workload/generate-campaigns.js';
import { generateContexts } from './workload/generate-contexts.js';
import { CAMPAIGN_SEED, TIMING_CONTEXT_SEED } from './workload/sizes.js';

const [name = 'ours', inScope = '200', outOfScope = '0', count = '300', rounds = '3'] =
  process.argv.slice(2);
const kind = kindByName(name);
const campaigns = generateCampaigns(CAMPAIGN_SEED, Number(inScope), Number(outOfScope));
const contexts = generateContexts(TIMING_CONTEXT_SEED, Number(count));
kind.load?.();
const evaluator = kind.prepare(campaigns);

let total = 0;
let fastest = Infinity;
for (let round = 0; round < Number(rounds); round += 1) {
  const started = performance.now();
  for (const context of contexts) await evaluator.evaluate(context);
  const took = performance.now() - started;
  total += took;
  fastest = Math.min(fastest, took);
}
const perContext = total / (Number(rounds) * contexts.length);
const best = fastest / contexts.length;
process.stdout.write(
  `${name}: ${perContext.toFixed(3)} ms per context (fastest round ${best.toFixed(3)})\n`,
);
