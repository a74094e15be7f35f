import { ours, oursWithoutExplain } from './evaluators/ours.js';
import { reference } from './evaluators/reference.js';
import { generateCampaigns } from './workload/generate-campaigns.js';
import { generateContexts } from './workload/generate-contexts.js';
const all = generateCampaigns(20261111, 200, 1800);
const noTier = all.filter((c, i) => i < 200 || (i - 200) % 4 !== 3);
const base = all.slice(0, 200);
const contexts = generateContexts(11, 300);
for (const kind of [ours, oursWithoutExplain, reference]) {
  kind.load?.();
  for (const [label, set] of [['200', base], ['2000/200', all], ['1550/200 no other-tier', noTier], ['200', base]] as const) {
    const e = kind.prepare(set);
    for (const c of contexts.slice(0, 100)) e.evaluate(c);
    const t = performance.now();
    for (let r = 0; r < 2; r++) for (const c of contexts) e.evaluate(c);
    console.log(kind.name, label, ((performance.now() - t) / 600).toFixed(3), 'ms');
  }
}
