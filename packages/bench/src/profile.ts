/**
 * A loop to profile one evaluator without child processes or timing code in the way:
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx packages/bench/src/profile.ts \
 *     ours 200 0 300
 *
 * arguments: evaluator, campaigns in scope, campaigns out of scope, contexts (each run 3 times).
 */
import { kindByName } from './evaluators/kinds.js';
import { generateCampaigns } from './workload/generate-campaigns.js';
import { generateContexts } from './workload/generate-contexts.js';
import { CAMPAIGN_SEED, TIMING_CONTEXT_SEED } from './workload/sizes.js';

const [name = 'ours', inScope = '200', outOfScope = '0', count = '300'] = process.argv.slice(2);
const kind = kindByName(name);
const campaigns = generateCampaigns(CAMPAIGN_SEED, Number(inScope), Number(outOfScope));
const contexts = generateContexts(TIMING_CONTEXT_SEED, Number(count));
kind.load?.();
const evaluator = kind.prepare(campaigns);

const started = performance.now();
for (let round = 0; round < 3; round += 1) {
  for (const context of contexts) await evaluator.evaluate(context);
}
const perContext = (performance.now() - started) / (3 * contexts.length);
process.stdout.write(`${name}: ${perContext.toFixed(3)} ms per context\n`);
