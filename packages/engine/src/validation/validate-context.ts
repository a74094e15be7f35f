import type { ValidationIssue } from '../errors.js';
import { isValidInstant } from '../time/index.js';
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
  const seen = new Set<string>();
  valid.lines.forEach((line, index) => {
    if (seen.has(line.id)) {
      issues.push({
        path: `/lines/${index}/id`,
        field: 'id',
        keyword: 'unique',
        message: { 'zh-CN': `行号 ${line.id} 重复`, en: `line id ${line.id} is used twice` },
      });
    }
    seen.add(line.id);
  });

  return issues;
}
