import type { LimitClaim, LimitInput, Reward } from '@campaign-studio/sdk';
import { campaignCounterKey } from './limit-keys.js';

/** What a reward says about its stock, in one of the two shapes plugins use. */
interface StockedUnits {
  /** Counter name within the campaign: `<sku>[:<session>]` or the reward's item. */
  what: string;
  units: number;
  stock: number;
  label: LimitClaim['label'];
  session?: string;
}

/**
 * The stock a campaign's rewards declare in their details: `{ stock }` for an entitlement
 * with stock (R8 perks, one counter per reward item), or `{ session?, items: [{ sku, units,
 * stock }] }` for units per item and sale session (E3 flash sales).
 */
export function stockedUnits(input: LimitInput): StockedUnits[] {
  return input.rewards.flatMap((reward) => fromReward(reward));
}

function fromReward(reward: Reward): StockedUnits[] {
  const details = reward.details ?? {};
  const session = typeof details.session === 'string' ? details.session : undefined;
  if (Array.isArray(details.items)) {
    return details.items.flatMap((entry: unknown) => {
      const item = entry as { sku?: unknown; units?: unknown; stock?: unknown };
      if (typeof item.sku !== 'string' || !isCount(item.units) || !isCount(item.stock)) return [];
      const { sku } = item;
      return [
        {
          what: session ? `${sku}:${session}` : sku,
          units: item.units,
          stock: item.stock,
          ...(session && { session }),
          label: session
            ? { 'zh-CN': `${sku} 库存（${session} 场）`, en: `stock of ${sku}, ${session} session` }
            : { 'zh-CN': `${sku} 库存`, en: `stock of ${sku}` },
        },
      ];
    });
  }
  if (!isCount(details.stock)) return [];

  return [
    {
      what: reward.item,
      units: reward.quantity,
      stock: details.stock,
      label: { 'zh-CN': `${reward.label['zh-CN']}库存`, en: `stock of ${reward.label.en}` },
    },
  ];
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

/** The stock counter of one item (and session), per day when asked and there is no session. */
export function stockClaim(input: LimitInput, units: StockedUnits, perDay: boolean): LimitClaim {
  const daily = perDay && !units.session;

  return {
    key: campaignCounterKey(
      input.campaignId,
      'stock',
      units.what,
      ...(daily ? ['day', input.local.date] : []),
    ),
    kind: 'stock',
    unit: 'count',
    capacity: units.stock,
    amount: units.units,
    label: daily
      ? {
          'zh-CN': `${units.label['zh-CN']}（${input.local.date}）`,
          en: `${units.label.en} on ${input.local.date}`,
        }
      : units.label,
  };
}
