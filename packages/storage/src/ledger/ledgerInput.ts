/**
 * Checks what callers hand the ledger, before any SQL or script runs, so that every error names
 * the field to fix; and merges claims on one key, so that each counter is touched once.
 */
import { StorageError } from '../StorageError.js';
import type { LedgerClaim } from './Ledger.js';

export function invalidInput(field: string, zh: string, en: string): StorageError {
  return new StorageError('BAD_REQUEST', `${field}: ${en}`, {
    localized: { 'zh-CN': `${field}：${zh}`, en: `${field}: ${en}` },
    reason: 'invalid-ledger-input',
  });
}

export function requireText(value: unknown, field: string): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  throw invalidInput(field, '必须是非空文本', 'must be a non-empty text');
}

export function requireInteger(value: unknown, field: string, min: number): number {
  if (Number.isSafeInteger(value) && (value as number) >= min) return value as number;
  throw invalidInput(field, `必须是不小于 ${min} 的整数`, `must be a whole number ≥ ${min}`);
}

export function requireDate(value: unknown, field: string): Date {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  throw invalidInput(field, '必须是有效的时间', 'must be a valid date and time');
}

/** Valid claims, one per key (amounts added up, the last capacity kept), sorted by key. */
export function normalizeClaims(claims: readonly LedgerClaim[], field = 'claims'): LedgerClaim[] {
  if (!Array.isArray(claims)) throw invalidInput(field, '必须是列表', 'must be a list');

  const byKey = new Map<string, LedgerClaim>();
  claims.forEach((claim, index) => {
    const at = `${field}[${index}]`;
    const key = requireText(claim?.key, `${at}.key`);
    const amount = requireInteger(claim.amount, `${at}.amount`, 1);
    const capacity = requireInteger(claim.capacity, `${at}.capacity`, 0);
    requireText(claim.kind, `${at}.kind`);
    if (claim.unit !== 'fen' && claim.unit !== 'count') {
      throw invalidInput(`${at}.unit`, '必须是 fen 或 count', 'must be fen or count');
    }
    if (typeof claim.label?.['zh-CN'] !== 'string' || typeof claim.label.en !== 'string') {
      throw invalidInput(`${at}.label`, '需要中文和英文名称', 'needs zh-CN and en texts');
    }
    const earlier = byKey.get(key);
    byKey.set(key, { ...claim, capacity, amount: amount + (earlier?.amount ?? 0) });
  });

  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
