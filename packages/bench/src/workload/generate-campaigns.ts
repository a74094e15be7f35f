import type { CampaignDocument, Rule, Scope, TimeWindow } from '@campaign-studio/engine';
import { BRANCHES, CHANNELS, TIMEZONE } from './catalog.js';
import { campaignBody } from './campaign-kinds.js';
import { Random } from './random.js';

/** How an out-of-scope campaign misses every context. */
export type Exclusion = 'channel' | 'branch' | 'past-window' | 'other-tier';

const EXCLUSIONS: readonly Exclusion[] = ['channel', 'branch', 'past-window', 'other-tier'];

/** Windows that cover every context instant (10–12 Nov), or none at all. */
function coveringWindow(random: Random): TimeWindow | undefined {
  return random.pick([
    undefined,
    { firstDay: '2026-11-01', lastDay: '2026-11-30' },
    { firstDay: '2026-11-10', lastDay: '2026-11-12' },
    { start: '2026-11-09T20:00', end: '2026-11-13T02:00' },
  ]);
}

function coveringScope(random: Random): Scope | undefined {
  return random.pick([
    undefined,
    undefined,
    { channels: [...CHANNELS] },
    { branches: [...BRANCHES] },
  ]);
}

function campaign(random: Random, id: string): CampaignDocument {
  const body = campaignBody(random);
  const window = coveringWindow(random);
  const scope = coveringScope(random);
  const document: CampaignDocument = {
    id,
    version: 1,
    name: { 'zh-CN': `${body.kind} ${id}`, en: `${body.kind} ${id}` },
    timezone: TIMEZONE,
    rules: body.rules,
    stacking: { priority: random.pick([10, 50, 50, 100, 100, 100]) },
  };
  if (body.ruleSelection) document.ruleSelection = body.ruleSelection;
  if (window) document.window = window;
  if (scope) document.scope = scope;

  return document;
}

/** Makes a campaign miss every context: another channel or branch, an old window, a tier. */
function exclude(document: CampaignDocument, exclusion: Exclusion): CampaignDocument {
  switch (exclusion) {
    case 'channel':
      return { ...document, scope: { channels: ['mini-program'] } };
    case 'branch':
      return { ...document, scope: { branches: ['north'] } };
    case 'past-window':
      return { ...document, window: { firstDay: '2026-10-01', lastDay: '2026-10-31' } };
    case 'other-tier':
      return { ...document, rules: (document.rules ?? []).map(staffOnly) };
  }
}

/** No context's customer is staff, so every rule fails on its first condition. */
function staffOnly(rule: Rule): Rule {
  const staff = { block: 'core.customer-tier', params: { tiers: ['staff'] } };

  return { ...rule, when: rule.when ? { all: [staff, rule.when] } : staff };
}

/**
 * `inScope` campaigns that every context considers, then `outOfScope` ones that none does.
 * The in-scope ones depend only on the seed and their count, so "2,000 of which 200 in scope"
 * holds exactly the 200 campaigns of the 200 case.
 */
export function generateCampaigns(
  seed: number,
  inScope: number,
  outOfScope = 0,
): CampaignDocument[] {
  const random = new Random(seed);
  const active = Array.from({ length: inScope }, (_, i) =>
    campaign(random, `c${String(i + 1).padStart(4, '0')}`),
  );
  const others = new Random(seed + 7_919);
  const excluded = Array.from({ length: outOfScope }, (_, i) =>
    exclude(
      campaign(others, `x${String(i + 1).padStart(4, '0')}`),
      EXCLUSIONS[i % EXCLUSIONS.length] as Exclusion,
    ),
  );

  return [...active, ...excluded];
}
