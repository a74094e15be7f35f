import type { ValidationIssue } from '../errors.js';
import { isValidInstant } from '../time/index.js';
import { formatYuan } from '../money/index.js';
import type { EvaluationContext } from '../types/index.js';
import type { SchemaValidators } from './schema-validators.js';
import { toIssues } from './to-issues.js';

/** Every problem of a context at once: shape, amounts, real instants, unique line ids. */
export function validateContext(context: unknown, validators: SchemaValidators) {
  if (!validators.context(context)) return toIssues(validators.context.errors);

  const valid = context as EvaluationContext;
  const issues: ValidationIssue[] = [];
  const instants: [string, string | undefined][] = [
    ['/instant', valid.instant],
    ...(valid.coupons ?? []).map((c, i): [string, string | undefined] => [
      `/coupons/${i}/expiresAt`,
      c.expiresAt,
    ]),
    ...(valid.vouchers ?? []).flatMap((v, i): [string, string | undefined][] => [
      [`/vouchers/${i}/issuedAt`, v.issuedAt],
      [`/vouchers/${i}/expiresAt`, v.expiresAt],
    ]),
  ];
  for (const [path, value] of instants) {
    if (value === undefined || isValidInstant(value)) continue;
    issues.push({
      path,
      field: path.split('/').at(-1) ?? '',
      keyword: 'format',
      message: { 'zh-CN': '不是有效的时间', en: 'not a real date and time' },
    });
  }
  checkUniqueIds(valid.lines, '/lines', 'line', issues);
  checkUniqueIds(valid.coupons ?? [], '/coupons', 'coupon', issues);
  checkUniqueIds(valid.vouchers ?? [], '/vouchers', 'voucher', issues);
  checkAmounts(valid, issues);

  return issues;
}

function checkUniqueIds(
  items: readonly { id: string }[],
  path: string,
  what: string,
  issues: ValidationIssue[],
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      issues.push({
        path: `${path}/${index}/id`,
        field: 'id',
        keyword: 'unique',
        message: { 'zh-CN': `编号 ${item.id} 重复`, en: `${what} id ${item.id} is used twice` },
      });
    }
    seen.add(item.id);
  });
}

/** Largest amount of one line, and of a whole order, in fen: far below 2^53, so sums stay exact. */
export const MAX_LINE_AMOUNT = 1_000_000_000_000;
export const MAX_ORDER_AMOUNT = 10_000_000_000_000;

function checkAmounts(context: EvaluationContext, issues: ValidationIssue[]): void {
  let total = 0;
  context.lines.forEach((line, index) => {
    const amount = line.unitPrice * line.quantity;
    total += amount;
    if (amount > MAX_LINE_AMOUNT) {
      issues.push({
        path: `/lines/${index}/quantity`,
        field: 'quantity',
        keyword: 'line-amount',
        message: {
          'zh-CN': `单价 × 数量超过单行上限 ¥${formatYuan(MAX_LINE_AMOUNT)}`,
          en: `unit price × quantity is over the line limit of ¥${formatYuan(MAX_LINE_AMOUNT)}`,
        },
      });
    }
  });
  if (total > MAX_ORDER_AMOUNT) {
    issues.push({
      path: '/lines',
      field: 'lines',
      keyword: 'order-amount',
      message: {
        'zh-CN': `订单合计超过上限 ¥${formatYuan(MAX_ORDER_AMOUNT)}`,
        en: `the order adds up to more than ¥${formatYuan(MAX_ORDER_AMOUNT)}`,
      },
    });
  }
}
