import type { AppliedBenefit, EvaluationContext } from '@campaign-studio/engine';
import { DEFAULT_TIME_ZONE, localDay, type GrantInput } from '@campaign-studio/storage';
import type { AppServices } from '../AppServices.js';
import { evaluatePublished } from '../evaluation/evaluatePublished.js';
import { publishedSet } from '../evaluation/publishedSets.js';
import { drawGrants, freeOrderGrant } from './drawGrants.js';
import { paidTodayWhenRead } from './paidTodayWhenRead.js';
import { grantId } from './grantIds.js';
import type { OrderAtRedeem } from './StoredAnswer.js';

/**
 * The rewards an order earns once paid. Two evaluations of the order as redeemed (the same
 * campaigns left out): one as ordered, with the customer's paid total of the payment's local
 * day read from the ledger now (D1 eggs count the day's cumulative amount, which orders paid
 * since the redeem have raised), and one as the `order.paid` event at `paidAt` (E2, E4). A
 * reward both give is taken once, from the first.
 */
async function paidRewards(
  services: AppServices,
  order: OrderAtRedeem,
  paidAt: Date,
): Promise<AppliedBenefit[]> {
  // Most Singles' Day orders are of campaigns that only take money off: nothing to evaluate.
  if (!(await publishedSet(services, order.context.branchId)).givesRewards) return [];
  const day = localDay(paidAt, DEFAULT_TIME_ZONE);
  const { customerKey } = order;
  // Read once, and only if a campaign reads it (see `paidTodayWhenRead`).
  let paid: Promise<number> | undefined;
  const readPaidToday = () => (paid ??= services.ledger.paidOn(customerKey!, day));
  const ordered: EvaluationContext = order.context;
  const onPaid: EvaluationContext = {
    ...ordered,
    instant: paidAt.toISOString(),
    // The engine cannot know whether a free-order moment has its winner: the ledger decides
    // that when the grant is drawn, so the event says "not yet".
    event: {
      ...order.context.event,
      type: 'order.paid',
      paidAt: paidAt.toISOString(),
      momentTaken: false,
    },
  };
  const options = { explain: false, validated: true, shortfalls: new Map(order.excluded) };
  const benefitsOf = async (context: EvaluationContext) => {
    const evaluate = async (evaluated: EvaluationContext) =>
      (await evaluatePublished(services, evaluated, options)).benefits;
    if (customerKey === undefined) {
      const paidToday = context.customer.paidToday ?? 0;
      return evaluate({ ...context, customer: { ...context.customer, paidToday } });
    }
    // The figure stored at redeem is older than the payment: the ledger's is the one.
    const customer = { ...context.customer };
    delete customer.paidToday;
    return (await paidTodayWhenRead({ ...context, customer }, readPaidToday, evaluate)).result;
  };
  const rewards = await benefitsOf(ordered);
  const later = await benefitsOf(onPaid);
  const seen = new Set(rewards.map(benefitKey));

  return [...rewards, ...later.filter((benefit) => !seen.has(benefitKey(benefit)))].filter(
    (benefit) => benefit.reward !== undefined,
  );
}

const benefitKey = (benefit: AppliedBenefit) => `${benefit.campaignId}${benefit.path}`;

/** Rewards granted by drawing from the ledger's prize counters. */
const DRAWN = new Set(['ecommerce.lucky-draw', 'retail.scratch-card', 'ecommerce.free-order']);

/**
 * The grants of a completed order, numbered in a fixed order so that a completion retried
 * after a crash draws under the same ids (and gets the recorded draws back): E4 lucky draws
 * and R10 scratch cards drawn from the ledger's prize counters, E2 free orders for the
 * moment's first payer, vouchers (a reward with `details.faceValue`, one grant per voucher),
 * and one grant per unit of anything else (D1 eggs, gifts, cards).
 */
export async function paidOrderGrants(
  services: AppServices,
  redemptionId: string,
  order: OrderAtRedeem,
  paidAt: Date,
  stillLive: () => Promise<boolean> = async () => true,
): Promise<GrantInput[]> {
  let index = 0;
  const nextId = () => grantId(redemptionId, index++);
  const grants: GrantInput[] = [];
  const { ledger } = services;
  const rewards = await paidRewards(services, order, paidAt);
  // Draws take prizes before the completion records them: only for an order still held.
  if (rewards.some((benefit) => DRAWN.has(benefit.reward!.item)) && !(await stillLive())) {
    return [];
  }

  for (const benefit of rewards) {
    const reward = benefit.reward!;
    const base = { campaignId: benefit.campaignId, item: reward.item };
    if (reward.item === 'ecommerce.lucky-draw') {
      grants.push(...(await drawGrants(ledger, redemptionId, benefit, 'chances', nextId)));
    } else if (reward.item === 'retail.scratch-card') {
      grants.push(...(await drawGrants(ledger, redemptionId, benefit, 'even', nextId)));
    } else if (reward.item === 'ecommerce.free-order') {
      const grant = await freeOrderGrant(ledger, redemptionId, benefit, nextId());
      if (grant !== undefined) grants.push(grant);
    } else if (typeof reward.details?.faceValue === 'number') {
      for (let unit = 0; unit < reward.quantity; unit += 1) {
        const value = reward.details.faceValue;
        grants.push({
          id: nextId(),
          kind: reward.item,
          value,
          details: { ...base, voucher: true },
        });
      }
    } else {
      const value = Math.floor((reward.value ?? 0) / Math.max(1, reward.quantity));
      for (let unit = 0; unit < reward.quantity; unit += 1) {
        grants.push({
          id: nextId(),
          kind: reward.item,
          value,
          details: { ...base, ...reward.details },
        });
      }
    }
  }
  return grants;
}
