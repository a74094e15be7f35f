import { ours, oursWithoutExplain } from './evaluators/ours.js';
import { reference } from './evaluators/reference.js';
import { jsonRulesEngine } from './evaluators/json-rules.js';
import { generateCampaigns } from './workload/generate-campaigns.js';
import { generateContexts } from './workload/generate-contexts.js';
const [n, x, c] = process.argv.slice(2).map(Number);
const campaigns = generateCampaigns(1, n!, x!);
const contexts = generateContexts(2, c!);
for (const kind of [ours, oursWithoutExplain, jsonRulesEngine, reference]) {
  const e = kind.prepare(campaigns);
  let applied = 0, pay = 0, list = 0;
  const t = performance.now();
  for (const ctx of contexts) { const a = await e.evaluate(ctx); applied += a.applied.length; pay += a.payable; }
  const ms = performance.now() - t;
  for (const ctx of contexts) for (const l of ctx.lines) list += l.unitPrice * l.quantity;
  console.log(kind.name, (ms / contexts.length).toFixed(3), 'ms/ctx', 'applied/ctx', (applied / contexts.length).toFixed(1), 'pay/list', (pay / list).toFixed(3));
}
