import { formatYuan, type LocalizedText } from '@campaign-studio/sdk';
import { tierNameZh } from './tier-names.js';

/**
 * V1: whether a tier's share with `left` fen can take a redemption's whole `need`. Shares
 * never borrow and limits are never partial, so anything short refuses the redemption with the
 * figures checkout shows: "ordinary share: need 50.00, left 30.00". Undefined when it fits.
 */
export function checkShare(left: number, need: number, tier: string): LocalizedText | undefined {
  if (need <= left) return undefined;
  const zhTier = tierNameZh(tier);

  return {
    'zh-CN': `${zhTier}份额不足：需要 ${formatYuan(need)}，剩余 ${formatYuan(left)}`,
    en: `${tier} share: need ${formatYuan(need)}, left ${formatYuan(left)}`,
  };
}
