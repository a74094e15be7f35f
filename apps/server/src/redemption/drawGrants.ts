import { randomInt } from 'node:crypto';
import {
  campaignCounterKey,
  pickPrize,
  prizeCounterKey,
  type DrawPrize,
} from '@campaign-studio/plugin-core';
import type { AppliedBenefit } from '@campaign-studio/engine';
import type { GrantInput, Ledger, PrizeInput, PrizeLeft } from '@campaign-studio/storage';

/** How a draw chooses: E4 by chance bands, R10 evenly from what is left. */
export type DrawMode = 'chances' | 'even';

/** What a draw grant records besides the ledger's draw: enough to replay it (`draws.get`). */
export interface DrawDetails {
  campaignId: string;
  item: string;
  mode: DrawMode;
  /** The prizes as `pickPrize` saw them, by counter key. */
  prizes: DrawPrize[];
  /** Counter key → the prize's own id. */
  prizeIds: Record<string, string>;
  prize?: string;
}

interface TablePrize {
  prize: string;
  quantity?: number;
  chancePpm?: number;
}

const prizeLabel = (prize: string) => ({ 'zh-CN': `奖品 ${prize}`, en: `prize ${prize}` });

/** The draw of one grant; the ledger returns the recorded one when `drawId` was drawn before. */
async function drawOne(
  ledger: Ledger,
  drawId: string,
  redemptionId: string,
  details: Omit<DrawDetails, 'prize'>,
): Promise<{ prize?: string; seed: string }> {
  const seed = randomInt(0, 2 ** 32 - 1);
  const inputs: PrizeInput[] = details.prizes.map((prize) =>
    prize.unlimited
      ? { key: prize.id, unlimited: true }
      : {
          key: prize.id,
          capacity: prize.quantity ?? 0,
          label: prizeLabel(details.prizeIds[prize.id]!),
        },
  );
  const record = await ledger.draw({
    drawId,
    redemptionId,
    seed: String(seed),
    prizes: inputs,
    pick: (left) => replayPick(details, left, seed) as string,
  });

  return { ...(record.prize === undefined ? {} : { prize: record.prize }), seed: record.seed };
}

/** The prize `pickPrize` gives for a seed and what was left: the draw, and its audit replay. */
export function replayPick(
  details: Pick<DrawDetails, 'prizes' | 'mode'>,
  left: readonly PrizeLeft[],
  seed: number,
): string | undefined {
  // A prize missing from `left` has nothing left (the ledger leaves out empty prizes).
  const counts = new Map(details.prizes.map((prize) => [prize.id, 0]));
  for (const entry of left) if (entry.left !== 'unlimited') counts.set(entry.key, entry.left);

  return pickPrize({ prizes: details.prizes, left: counts, seed, mode: details.mode }).prize;
}

function tableOf(benefit: AppliedBenefit, mode: DrawMode): Omit<DrawDetails, 'prize'> {
  const details = benefit.reward?.details ?? {};
  const table = (Array.isArray(details.prizes) ? details.prizes : []) as TablePrize[];
  const prizeIds: Record<string, string> = {};
  const prizes: DrawPrize[] = table.map((entry) => {
    const id = prizeCounterKey(benefit.campaignId, entry.prize);
    prizeIds[id] = entry.prize;
    return {
      id,
      quantity: entry.quantity ?? 0,
      ...(mode === 'chances' ? { chance: entry.chancePpm ?? 0 } : {}),
    };
  });
  const fallback = details.fallback as { prize?: string } | undefined;
  if (mode === 'chances' && typeof fallback?.prize === 'string') {
    const id = prizeCounterKey(benefit.campaignId, fallback.prize);
    prizeIds[id] = fallback.prize;
    prizes.push({ id, unlimited: true });
  }

  return { campaignId: benefit.campaignId, item: benefit.reward!.item, mode, prizes, prizeIds };
}

/** One draw per unit of the reward (E4 draws, R10 cards), each a grant with its seed. */
export async function drawGrants(
  ledger: Ledger,
  redemptionId: string,
  benefit: AppliedBenefit,
  mode: DrawMode,
  nextId: () => string,
): Promise<GrantInput[]> {
  const table = tableOf(benefit, mode);
  const grants: GrantInput[] = [];
  for (let unit = 0; unit < (benefit.reward?.quantity ?? 0); unit += 1) {
    const id = nextId();
    const drawn = await drawOne(ledger, id, redemptionId, table);
    const prize = drawn.prize === undefined ? undefined : table.prizeIds[drawn.prize];
    grants.push({
      id,
      kind: table.item,
      value: 0,
      seed: drawn.seed,
      details: { ...table, ...(prize === undefined ? {} : { prize }) },
    });
  }
  return grants;
}

/**
 * E2: the moment's single winner is a one-unit prize counter, drawn under the ledger's row
 * lock, so that of orders paid in the same second exactly one gets its money back.
 */
export async function freeOrderGrant(
  ledger: Ledger,
  redemptionId: string,
  benefit: AppliedBenefit,
  id: string,
): Promise<GrantInput | undefined> {
  const details = benefit.reward?.details ?? {};
  const moment = String(details.moment);
  const key = campaignCounterKey(benefit.campaignId, 'moment', moment);
  const record = await ledger.draw({
    drawId: id,
    redemptionId,
    seed: 'first-paid',
    prizes: [
      { key, capacity: 1, label: { 'zh-CN': `免单时刻 ${moment}`, en: `moment ${moment}` } },
    ],
    pick: (left) => left[0]!.key,
  });
  if (record.prize === undefined) return undefined;

  return {
    id,
    kind: benefit.reward!.item,
    value: benefit.reward?.value ?? 0,
    details: { ...details, campaignId: benefit.campaignId },
  };
}
