import { rulesOf } from '../evaluate/campaign-track.js';
import { resolveScope, type ActiveCampaign } from '../evaluate/resolve-scope.js';
import {
  STAGES,
  type CampaignOutcome,
  type EvaluationContext,
  type EvaluationView,
  type Reason,
  type RuleOutcome,
} from '../types/index.js';
import type { CompiledCampaign, CompiledRule, ConditionResult } from './compiled.js';

/**
 * Outcomes a bucket reports the same for every evaluation, built once and frozen: with and
 * without explanations.
 */
export interface SharedOutcomes {
  plain?: CampaignOutcome;
  explained?: CampaignOutcome;
}

/** A campaign as one scope bucket sees it, in evaluation order (priority, then id). */
export type BucketEntry =
  | {
      kind: 'live';
      campaign: CompiledCampaign;
      active: ActiveCampaign;
      /**
       * By rule index, the failed tier gate of each rule that cannot hold for the bucket's
       * tier (absent when none fails): such a rule is not run, and its outcome is the same
       * for every evaluation of the bucket, built once in `gatedRules`.
       */
      gates?: readonly (ConditionResult | undefined)[];
      gatedRules: (RuleOutcome | undefined)[];
    }
  | {
      kind: 'out-of-scope';
      campaign: CompiledCampaign;
      outOfScope: Reason;
      shared: SharedOutcomes;
    }
  /** In scope, but every rule fails its tier gate for the bucket's tier: it cannot apply. */
  | {
      kind: 'tier-gated';
      campaign: CompiledCampaign;
      active: ActiveCampaign;
      gates: ConditionResult[];
      shared: SharedOutcomes;
    };

/** By entry position: the shared outcome of each campaign that does not run. */
export type SkippedOutcomes = readonly (CampaignOutcome | undefined)[];

/** Every campaign of a set for contexts alike in channel, branch, time slot and tier. */
export interface ScopeBucket {
  entries: readonly BucketEntry[];
  /**
   * By stage index, the positions of the live entries with rules in that stage: a stage
   * looks only at the campaigns it can run.
   */
  stages: readonly (readonly number[])[];
  /** Positions of the live entries: the only ones most evaluations make a track for. */
  live: readonly number[];
  /**
   * The outcome at every position whose campaign does not run (live positions left empty),
   * built once per bucket with and without explanations: a result starts from a copy.
   */
  skipped: { plain?: SkippedOutcomes; explained?: SkippedOutcomes };
}

/** Buckets kept per set; past this many (a flood of distinct channels, say) they start over. */
const MAX_BUCKETS = 1024;

/**
 * A list of compiled campaigns prepared for many evaluations: sorted once by priority and id,
 * and split per kind of context into buckets, so that an evaluation runs only the campaigns
 * that can apply and reports the others from what the bucket already knows. A context's
 * bucket is fixed by its channel, branch, tier, and the slot its instant falls in between the
 * window edges of all campaigns (inside one slot every window holds or does not).
 */
export class CampaignSet {
  readonly campaigns: readonly CompiledCampaign[];
  /**
   * Whether a campaign of the set has a benefit of the reward stage. Only those give rewards
   * (vouchers, draws, eggs…), so without one no evaluation of the set can give any.
   */
  readonly givesRewards: boolean;
  private readonly edges: Float64Array;
  private readonly buckets = new Map<string, ScopeBucket>();

  constructor(campaigns: readonly CompiledCampaign[]) {
    this.campaigns = [...campaigns].sort(
      (a, b) => a.priority - b.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    const edges = new Set<number>();
    for (const campaign of this.campaigns) {
      const windows = [
        campaign.window?.resolved,
        ...(campaign.phases ?? []).map((p) => p.resolved),
      ];
      for (const window of windows) {
        if (!window) continue;
        edges.add(window.startMs);
        edges.add(window.endMs);
      }
    }
    this.edges = Float64Array.from([...edges].sort((a, b) => a - b));
    this.givesRewards = this.campaigns.some((campaign) =>
      [campaign.rules, ...(campaign.phases ?? []).map((phase) => phase.rules)].some((rules) =>
        rules.some((rule) => rule.benefits.some((benefit) => benefit.stage === 'reward')),
      ),
    );
  }

  bucketFor(context: EvaluationContext, epochMs: number): ScopeBucket {
    const tier = context.customer.tier;
    const key =
      `${context.channel ?? '\u0001'}\u0000${context.branchId ?? '\u0001'}\u0000` +
      `${this.slotOf(epochMs)}\u0000${tier ?? '\u0001'}`;
    const known = this.buckets.get(key);
    if (known) return known;

    if (this.buckets.size >= MAX_BUCKETS) this.buckets.clear();
    const entries = this.campaigns.map((campaign) => entryOf(campaign, context, epochMs));
    const live: number[] = [];
    entries.forEach((entry, position) => entry.kind === 'live' && live.push(position));
    const bucket: ScopeBucket = { entries, stages: stageLists(entries), live, skipped: {} };
    this.buckets.set(key, bucket);

    return bucket;
  }

  /** How many window edges are at or before the instant. */
  private slotOf(epochMs: number): number {
    let low = 0;
    let high = this.edges.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.edges[middle] as number) <= epochMs) low = middle + 1;
      else high = middle;
    }

    return low;
  }
}

function entryOf(
  campaign: CompiledCampaign,
  context: EvaluationContext,
  epochMs: number,
): BucketEntry {
  const scope = resolveScope(campaign, context, epochMs);
  if ('outOfScope' in scope) {
    return { kind: 'out-of-scope', campaign, outOfScope: scope.outOfScope, shared: {} } as const;
  }
  const { gates, failed } = failedGates(scope.active.rules, context);
  if (gates && failed === scope.active.rules.length) {
    const all = gates as ConditionResult[];
    return { kind: 'tier-gated', campaign, active: scope.active, gates: all, shared: {} } as const;
  }
  const live: BucketEntry = { kind: 'live', campaign, active: scope.active, gatedRules: [] };
  if (gates) live.gates = gates;

  return live;
}

/**
 * The failing tier gate of each rule, by rule index (undefined when no rule fails one), and
 * how many fail. A gate reads the customer's tier alone (its block says so), so the context
 * of any request of the bucket gives the same answer.
 */
function failedGates(
  rules: readonly CompiledRule[],
  context: EvaluationContext,
): { gates?: (ConditionResult | undefined)[]; failed: number } {
  const view = { context } as EvaluationView;
  let gates: (ConditionResult | undefined)[] | undefined;
  let failed = 0;
  for (const rule of rules) {
    const result = rule.tierGate?.(view);
    if (!result || result.passed) continue;
    (gates ??= new Array<ConditionResult | undefined>(rules.length))[rule.index] = result;
    failed += 1;
  }

  return gates ? { gates, failed } : { failed };
}

function stageLists(entries: readonly BucketEntry[]): number[][] {
  return STAGES.map((_, stageIndex) => {
    const positions: number[] = [];
    entries.forEach((entry, position) => {
      if (entry.kind !== 'live') return;
      if (rulesOf(entry.active, stageIndex).length > 0) positions.push(position);
    });
    return positions;
  });
}
