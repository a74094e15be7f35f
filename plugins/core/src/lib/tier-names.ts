const TIER_NAMES_ZH: Readonly<Record<string, string>> = {
  vip: 'VIP',
  key: '重点客户',
  ordinary: '普通客户',
};

/** How a V1 tier reads in Chinese: 普通客户 for `ordinary`; unknown tiers as they are. */
export function tierNameZh(tier: string): string {
  return TIER_NAMES_ZH[tier] ?? tier;
}
