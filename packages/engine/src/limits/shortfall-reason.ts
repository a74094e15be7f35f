import { formatYuan } from '../money/index.js';
import type { LimitClaim, LimitShortfall, Reason } from '../types/index.js';

/**
 * Why a campaign was left out for a counter with not enough left, in the words checkout
 * shows: "普通客户份额：需要 50.00，剩余 30.00" / "ordinary share: need 50.00, left 30.00";
 * "coupon C-1 is already used" for an instrument.
 */
export function shortfallReason({ claim, left }: LimitShortfall): Reason {
  const where = { path: claim.path ?? '/limits', ...(claim.block && { block: claim.block }) };
  if (claim.kind === 'instrument') {
    return {
      ...where,
      message: {
        'zh-CN': `${claim.label['zh-CN']} 已被使用`,
        en: `${claim.label.en} is already used`,
      },
      expected: 'unused',
      actual: 'used',
    };
  }
  const need = figure(claim, claim.amount);
  const rest = figure(claim, Math.max(0, left));

  return {
    ...where,
    message: {
      'zh-CN': `${claim.label['zh-CN']}：需要 ${need}，剩余 ${rest}`,
      en: `${claim.label.en}: need ${need}, left ${rest}`,
    },
    expected: `≥ ${need}`,
    actual: rest,
  };
}

/** Money reads in yuan, counts as plain numbers. */
function figure(claim: LimitClaim, value: number): string {
  return claim.unit === 'fen' ? formatYuan(value) : String(value);
}
