import type { CampaignDocument } from '@campaign-studio/sdk';
import { BONUS_CREDIT } from '../blocks/bonus-credit.js';
import { CHANNEL_SUBSIDY } from '../blocks/channel-subsidy.js';

/** One benefit's worth, as the document states it (no context needed). */
export interface OfferPart {
  item: string;
  value: number;
}

/** What one rule offers, and to whom, read from the document alone. */
export interface RuleOffer {
  path: string;
  audience: 'new' | 'existing' | 'any';
  /** The recharge (or preloaded) amount the rule asks for, in fen; 0 when it asks none. */
  minAmount: number;
  value: number;
  parts: OfferPart[];
}

interface Use {
  block: string;
  params: Record<string, unknown>;
}

/**
 * Reads each rule's audience, amount threshold and worth. Only conditions the rule requires
 * (top-level or inside `all`) count: an `any` or `not` group says nothing certain.
 */
export function ruleOffers(document: CampaignDocument): RuleOffer[] {
  const ruleSets = document.phases
    ? document.phases.map((phase, index) => ({
        base: `/phases/${index}/rules`,
        rules: phase.rules,
      }))
    : [{ base: '/rules', rules: document.rules ?? [] }];

  return ruleSets.flatMap(({ base, rules }) =>
    rules.map((rule, index) => {
      const conditions = required(rule.when);
      const minAmount = conditions
        .filter((use) => use.block === 'core.event-amount')
        .filter((use) => (use.params.fact ?? 'amount') === 'amount')
        .reduce((max, use) => Math.max(max, numberOr(use.params.min, 0)), 0);
      const parts = rule.then.flatMap((use) => partsOf(use, minAmount));

      return {
        path: `${base}/${index}`,
        audience: audienceOf(conditions),
        minAmount,
        value: parts.reduce((sum, part) => sum + part.value, 0),
        parts,
      };
    }),
  );
}

function required(node: unknown): Use[] {
  if (typeof node !== 'object' || node === null) return [];
  if ('all' in node && Array.isArray(node.all)) return node.all.flatMap(required);
  if ('block' in node && typeof node.block === 'string') {
    const params = 'params' in node ? node.params : {};
    return [{ block: node.block, params: (params ?? {}) as Record<string, unknown> }];
  }

  return [];
}

function audienceOf(conditions: Use[]): RuleOffer['audience'] {
  for (const use of conditions) {
    const flag =
      use.block === 'telecom.subscriber'
        ? use.params.newUser
        : use.block === 'core.event-fact' && use.params.fact === 'newUser'
          ? use.params.equals
          : undefined;
    if (typeof flag === 'boolean') return flag ? 'new' : 'existing';
  }
  const types = conditions
    .filter((use) => use.block === 'core.event-type')
    .flatMap((use) => (Array.isArray(use.params.types) ? use.params.types : []));
  if (types.includes('account.open')) return 'new';
  if (types.includes('recharge')) return 'existing';

  return 'any';
}

function partsOf(use: Use, minAmount: number): OfferPart[] {
  if (use.block === BONUS_CREDIT) {
    const fixed = numberOr(use.params.amount, 0);
    const percent = numberOr(use.params.percent, 0);
    return [{ item: BONUS_CREDIT, value: fixed + Math.round((minAmount * percent) / 100) }];
  }
  if (use.block === 'telecom.channel-subsidy') {
    return [{ item: CHANNEL_SUBSIDY, value: numberOr(use.params.amount, 0) }];
  }
  if (use.block === 'core.grant') {
    const value = numberOr(use.params.value, 0) * numberOr(use.params.quantity, 1);
    return value > 0 ? [{ item: String(use.params.item), value }] : [];
  }

  return [];
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
