import { resolveScope, type ActiveCampaign } from '../evaluate/resolve-scope.js';
import type { CampaignOutcome, EvaluationContext, EvaluationView, Reason } from '../types/index.js';
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
  | { kind: 'live'; campaign: CompiledCampaign; active: ActiveCampaign }
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

/** Every campaign of a set for contexts alike in channel, branch, time slot and tier. */
export interface ScopeBucket {
  entries: readonly BucketEntry[];
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
  }

  bucketFor(context: EvaluationContext, epochMs: number): ScopeBucket {
    const tier = context.customer.tier;
    const key =
      `${context.channel ?? '\u0001'}\u0000${context.branchId ?? '\u0001'}\u0000` +
      `${this.slotOf(epochMs)}\u0000${tier ?? '\u0001'}`;
    const known = this.buckets.get(key);
    if (known) return known;

    if (this.buckets.size >= MAX_BUCKETS) this.buckets.clear();
    const bucket = {
      entries: this.campaigns.map((campaign) => entryOf(campaign, context, epochMs)),
    };
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

function entryOf(campaign: CompiledCampaign, context: EvaluationContext, epochMs: number) {
  const scope = resolveScope(campaign, context, epochMs);
  if ('outOfScope' in scope) {
    return { kind: 'out-of-scope', campaign, outOfScope: scope.outOfScope, shared: {} } as const;
  }
  const gates = failedGates(scope.active.rules, context);
  if (gates) {
    return { kind: 'tier-gated', campaign, active: scope.active, gates, shared: {} } as const;
  }

  return { kind: 'live', campaign, active: scope.active } as const;
}

/**
 * The failing tier gate of every rule, or undefined when some rule may hold. A gate reads the
 * customer's tier alone (its block says so), so the context of any request of the bucket
 * gives the same answer.
 */
function failedGates(
  rules: readonly CompiledRule[],
  context: EvaluationContext,
): ConditionResult[] | undefined {
  if (rules.length === 0) return undefined;
  const view = { context } as EvaluationView;
  const gates: ConditionResult[] = [];
  for (const rule of rules) {
    const result = rule.tierGate?.(view);
    if (!result || result.passed) return undefined;
    gates.push(result);
  }

  return gates;
}
