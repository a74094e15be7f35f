import {
  formatYuan,
  type LimitClaim,
  type LimitShortfall,
  type LocalizedText,
} from '@campaign-studio/engine';
import type { LedgerShortfall } from '@campaign-studio/storage';
import { LocalizedError } from '../trpc/LocalizedError.js';

/** One limit that could not take the order: what `error.data.limits` lists. */
export interface LimitFigure {
  key: string;
  label: LocalizedText;
  unit: LimitClaim['unit'];
  /** What the order needs and what is left: fen for budgets, units otherwise. */
  need: number;
  left: number;
  capacity: number;
  campaignId?: string;
  /** "ordinary share: need 50.00, left 30.00", budgets in yuan. */
  message: LocalizedText;
}

function figureOf(claim: LimitClaim, left: number): LimitFigure {
  const shown = (value: number) => (claim.unit === 'fen' ? formatYuan(value) : String(value));
  const need = shown(claim.amount);
  const rest = shown(Math.max(0, left));
  return {
    key: claim.key,
    label: claim.label,
    unit: claim.unit,
    need: claim.amount,
    left: Math.max(0, left),
    capacity: claim.capacity,
    ...(claim.campaignId === undefined ? {} : { campaignId: claim.campaignId }),
    message: {
      'zh-CN': `${claim.label['zh-CN']}：需要 ${need}，剩余 ${rest}`,
      en: `${claim.label.en}: need ${need}, left ${rest}`,
    },
  };
}

/** Figures of the shortfalls the evaluation found (campaigns it left out). */
export function figuresOfShortfalls(shortfalls: readonly LimitShortfall[]): LimitFigure[] {
  return shortfalls.map(({ claim, left }) => figureOf(claim, left));
}

/** Figures of a hold the ledger refused, with units from the claims that were asked for. */
export function figuresOfLedger(
  shortfalls: readonly LedgerShortfall[],
  claims: readonly LimitClaim[],
): LimitFigure[] {
  return shortfalls.map((shortfall) => {
    const claim = claims.find((candidate) => candidate.key === shortfall.key);
    const unit = claim?.unit ?? 'count';
    return figureOf(
      {
        key: shortfall.key,
        kind: claim?.kind ?? 'uses',
        unit,
        capacity: shortfall.capacity,
        amount: shortfall.need,
        label: shortfall.label,
        ...(claim?.campaignId === undefined ? {} : { campaignId: claim.campaignId }),
      },
      shortfall.left,
    );
  });
}

/**
 * The whole redemption is refused: a limit cannot take the order. The checkout evaluates
 * again and shows the customer the new price; nothing was held.
 */
export function limitExhausted(figures: readonly LimitFigure[]): LocalizedError {
  const zh = figures.map((figure) => figure.message['zh-CN']).join('；');
  const en = figures.map((figure) => figure.message.en).join('; ');
  return new LocalizedError({
    code: 'PRECONDITION_FAILED',
    message: {
      'zh-CN': `额度不足，未做任何预留（${zh}）；请重新试算并向顾客展示新价格。`,
      en: `Not enough left, nothing was held (${en}); evaluate again and show the new price.`,
    },
    reason: 'LIMIT_EXHAUSTED',
    limits: [...figures],
  });
}
