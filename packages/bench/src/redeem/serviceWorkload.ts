/**
 * The full service path's campaign and orders: a Singles' Day campaign taking 10.00 off every
 * order, with a budget, a once-per-customer cap and the stock of 20 items plus a flash item of
 * 200 units (in every 10th order), redeemed by a different customer each time.
 */
export const SERVICE_CAMPAIGN = 'bench-redeem';
export const SERVICE_OFF = 1_000;
export const SERVICE_BUDGET = 10_000_000_000;
export const SERVICE_FLASH_STOCK = 200;
export const SERVICE_BUDGET_KEY = `campaign:${SERVICE_CAMPAIGN}:budget`;
export const SERVICE_FLASH_KEY = `campaign:${SERVICE_CAMPAIGN}:stock:FLASH`;

const use = (block: string, params: Record<string, unknown>) => ({ block, params });
const text = (value: string) => ({ 'zh-CN': value, en: value });

export function serviceCampaign(): Record<string, unknown> {
  const items = Array.from({ length: 20 }, (_, index) => ({
    sku: `SKU-${index}`,
    stock: 10_000_000,
  }));
  return {
    id: SERVICE_CAMPAIGN,
    version: 1,
    name: text('双十一立减 / Singles Day'),
    timezone: 'Asia/Shanghai',
    window: { firstDay: '2026-11-11', lastDay: '2026-11-11' },
    rules: [{ id: 'off', then: [use('core.amount-off', { amount: SERVICE_OFF })] }],
    limits: [
      use('core.budget', { total: SERVICE_BUDGET }),
      use('core.per-customer', { total: 1 }),
      use('core.item-stock', {
        items: [...items, { sku: 'FLASH', stock: SERVICE_FLASH_STOCK, maxUnits: 1 }],
      }),
    ],
  };
}

export function serviceOrder(order: number) {
  const lines = [
    { id: 'l1', sku: `SKU-${order % 20}`, unitPrice: 9_900, quantity: 1 },
    { id: 'l2', sku: 'GIFT-WRAP', unitPrice: 500, quantity: 1 },
  ];
  if (order % 10 === 0) lines.push({ id: 'l3', sku: 'FLASH', unitPrice: 19_900, quantity: 1 });
  return {
    instant: '2026-11-11T20:00:00+08:00',
    channel: 'online',
    customer: { id: `C-${order}`, tier: order % 7 === 0 ? 'vip' : 'ordinary' },
    lines,
  };
}
