import type { BucketEntry, ScopeBucket, SkippedOutcomes } from '../compile/campaign-set.js';
import type { CompiledRule, ConditionResult } from '../compile/compiled.js';
import type { CampaignOutcome, Reason, RuleOutcome } from '../types/index.js';
import { resolveReason } from './lazy-reason.js';

type SkippedEntry = Exclude<BucketEntry, { kind: 'live' }>;

/**
 * The outcome of a campaign that did not run: out of scope, or shut out by tier gates. Most
 * of a large set is such campaigns, and their outcome is the same for every evaluation of the
 * bucket, so it is built once, frozen and shared.
 */
export function skippedOutcome(entry: SkippedEntry, explain: boolean): CampaignOutcome {
  const { shared } = entry;
  if (!explain) return (shared.plain ??= freeze(build(entry, false)));

  return (shared.explained ??= freeze(build(entry, true)));
}

/**
 * The shared outcome of every entry that does not run, by position (live ones left empty),
 * built once per bucket: a large set is mostly such entries, and a result copies the list.
 */
export function skippedOutcomes(bucket: ScopeBucket, explain: boolean): SkippedOutcomes {
  const known = explain ? bucket.skipped.explained : bucket.skipped.plain;
  if (known) return known;
  const list = bucket.entries.map((entry) =>
    entry.kind === 'live' ? undefined : skippedOutcome(entry, explain),
  );
  if (explain) bucket.skipped.explained = list;
  else bucket.skipped.plain = list;

  return list;
}

function build(entry: SkippedEntry, explain: boolean): CampaignOutcome {
  if (entry.kind === 'out-of-scope') {
    const outcome = bare(entry, 'out-of-scope');
    if (explain) outcome.reason = entry.outOfScope;
    return outcome;
  }

  // As if each rule had been tried: each fails its gate.
  const outcome = bare(entry, 'not-applied');
  if (entry.active.phase) outcome.phase = entry.active.phase;
  if (!explain) return outcome;
  outcome.rules = entry.active.rules.map((rule, index) => gateOutcome(rule, entry.gates[index]));
  const reason = outcome.rules[0]?.reason;
  if (reason) outcome.reason = reason;

  return outcome;
}

/**
 * The outcome of a live campaign's rule that failed its tier gate: the same for every
 * evaluation of the bucket, built once and shared, frozen.
 */
export function gatedRuleOutcome(
  entry: Extract<BucketEntry, { kind: 'live' }>,
  rule: CompiledRule,
): RuleOutcome {
  const known = entry.gatedRules[rule.index];
  if (known) return known;
  const outcome = gateOutcome(rule, entry.gates?.[rule.index]);
  if (outcome.reason) freezeReason(outcome.reason);
  entry.gatedRules[rule.index] = Object.freeze(outcome);

  return outcome;
}

function gateOutcome(rule: CompiledRule, gate: ConditionResult | undefined): RuleOutcome {
  const outcome: RuleOutcome = rule.name
    ? { ruleId: rule.id, name: rule.name, status: 'not-met' }
    : { ruleId: rule.id, status: 'not-met' };
  if (gate?.reason) outcome.reason = resolveReason(gate.reason);

  return outcome;
}

function bare(entry: SkippedEntry, status: CampaignOutcome['status']): CampaignOutcome {
  return {
    campaignId: entry.campaign.id,
    campaignVersion: entry.campaign.version,
    name: entry.campaign.name,
    status,
    rules: [],
  };
}

/** Shared between results: frozen, so that a caller changing one cannot change the others. */
function freeze(outcome: CampaignOutcome): CampaignOutcome {
  for (const rule of outcome.rules) {
    if (rule.reason) freezeReason(rule.reason);
    Object.freeze(rule);
  }
  Object.freeze(outcome.rules);
  if (outcome.reason) freezeReason(outcome.reason);

  return Object.freeze(outcome);
}

function freezeReason(reason: Reason): void {
  for (const child of reason.children ?? []) freezeReason(child);
  Object.freeze(reason);
}
