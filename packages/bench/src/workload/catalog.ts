/** The shop the workload pretends to be: about twenty categories, a dozen brands. */
export const CATEGORIES = [
  'womens-apparel',
  'mens-apparel',
  'shoes',
  'bags',
  'cosmetics',
  'skincare',
  'fragrance',
  'jewellery',
  'watches',
  'phones',
  'computers',
  'tv',
  'fridges',
  'washers',
  'kitchen',
  'toys',
  'baby',
  'food',
  'drinks',
  'home',
] as const;

export const BRANDS = [
  'lanling',
  'qingshan',
  'yunjin',
  'haitang',
  'beichen',
  'jiangnan',
  'muyu',
  'xinghe',
  'songbai',
  'lvzhou',
  'hongqiao',
  'baiyun',
] as const;

export const TIERS = ['vip', 'key', 'ordinary'] as const;

/** Channels and branches the contexts come from; out-of-scope campaigns name others. */
export const CHANNELS = ['online', 'app', 'store'] as const;
export const BRANCHES = ['hq', 'east'] as const;

export const TIMEZONE = 'Asia/Shanghai';

/** Context instants fall in [10 Nov 00:00, 13 Nov 00:00) Shanghai time. */
export const FIRST_INSTANT_MS = Date.parse('2026-11-10T00:00:00+08:00');
export const LAST_INSTANT_MS = Date.parse('2026-11-13T00:00:00+08:00') - 1;
