/** Campaigns and orders of the redemption suites, published through the API. */
import type { EvaluationContext } from '@campaign-studio/engine';
import type { Caller } from '../../support/testServices.js';

export const DAY = '2026-11-11';
export const INSTANT = '2026-11-11T10:30:00+08:00';

export const use = (block: string, params: Record<string, unknown>) => ({ block, params });

/** A campaign that takes `amountOff` fen off every order on 11 Nov, with the given limits. */
export function limitedCampaign(
  id: string,
  limits: unknown[],
  options: { amountOff?: number; when?: unknown } = {},
): Record<string, unknown> {
  return {
    id,
    version: 1,
    name: { 'zh-CN': id, en: id },
    timezone: 'Asia/Shanghai',
    window: { firstDay: DAY, lastDay: DAY },
    rules: [
      {
        id: 'off',
        ...(options.when === undefined ? {} : { when: options.when }),
        then: [use('core.amount-off', { amount: options.amountOff ?? 1000 })],
      },
    ],
    limits,
  };
}

/** Creates and publishes a campaign document as HQ; its id. */
export async function publish(admin: Caller, document: Record<string, unknown>): Promise<string> {
  const created = await admin.campaigns.create({ id: document.id as string, document });
  await admin.campaigns.publish({ id: created.id, revision: created.revision });
  return created.id;
}

/** Creates and publishes a campaign from a template with its defaults. */
export async function publishTemplate(admin: Caller, templateId: string, id: string) {
  const created = await admin.campaigns.create({ templateId, id, params: {} });
  await admin.campaigns.publish({ id: created.id, revision: created.revision });
  return created.id;
}

/** An order of one line. */
export function order(
  customer: EvaluationContext['customer'],
  amount: number,
  extra: Partial<EvaluationContext> = {},
): EvaluationContext {
  return {
    instant: INSTANT,
    customer,
    lines: [{ id: 'l1', sku: 'SKU-1', unitPrice: amount, quantity: 1 }],
    ...extra,
  };
}
