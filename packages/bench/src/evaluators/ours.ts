import type { CampaignDocument, Engine, EvaluationContext } from '@campaign-studio/engine';
import corePlugin from '@campaign-studio/plugin-core';
import { loadPlugins } from '@campaign-studio/sdk';
import type { Answer, Evaluator, EvaluatorKind } from './evaluator.js';

let loaded: Engine | undefined;

/** The engine with the core blocks, loaded through the SDK as the server loads plugins. */
function coreEngine(): Engine {
  if (loaded) return loaded;
  const { registry, refused } = loadPlugins([
    { source: '@campaign-studio/plugin-core', module: corePlugin },
  ]);
  if (refused.length > 0) throw new Error(`core plugin refused: ${JSON.stringify(refused)}`);
  loaded = registry.engine;

  return loaded;
}

/** Our engine, each campaign compiled once. */
function prepare(
  campaigns: readonly CampaignDocument[],
  explain: boolean,
  validated = true,
): Evaluator {
  const engine = coreEngine();
  // Compiled once and prepared as a set, as the server keeps its published campaigns.
  const compiled = engine.prepare(campaigns.map((campaign) => engine.compile(campaign)));

  return {
    evaluate(context: EvaluationContext): Answer {
      // The server checks the context once at its boundary and passes `validated: true`.
      const result = engine.evaluate(compiled, context, { explain, validated });
      const applied: string[] = [];
      for (const campaign of result.campaigns) {
        if (campaign.status === 'applied') applied.push(campaign.campaignId);
      }

      return { applied: applied.sort(), payable: result.payable };
    },
  };
}

export const ours: EvaluatorKind = {
  name: 'ours',
  load: coreEngine,
  prepare: (campaigns) => prepare(campaigns, true),
};

/** As `ours`, with the engine checking the context itself (callers outside the server). */
export const oursValidating: EvaluatorKind = {
  name: 'ours-validating',
  load: coreEngine,
  prepare: (campaigns) => prepare(campaigns, true, false),
};

export const oursWithoutExplain: EvaluatorKind = {
  name: 'ours-no-explain',
  load: coreEngine,
  prepare: (campaigns) => prepare(campaigns, false),
};
