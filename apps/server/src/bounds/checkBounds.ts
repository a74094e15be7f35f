import { formatYuan, type JsonSchema } from '@campaign-studio/engine';
import { itemName } from './itemName.js';
import type { ParamBound, TemplateDefinition } from '@campaign-studio/sdk';
import type { InputIssue } from '../trpc/InputIssuesError.js';

/**
 * Every way the params leave HQ's bounds, one issue per field, naming the field and the bound
 * in both languages. Money params (`x-unit: fen`) are worded in yuan. `prefix` is where the
 * params sit in the procedure's input, e.g. `/params`.
 */
export function checkBounds(
  template: TemplateDefinition,
  bounds: Record<string, ParamBound>,
  params: Record<string, unknown>,
  prefix: string,
): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const [field, bound] of Object.entries(bounds)) {
    const value = params[field];
    const hq = template.defaults[field];
    const describe = describer(template.paramsSchema, field);
    const issue = (keyword: string, en: string, zh: string, path = `${prefix}/${field}`) =>
      issues.push({ path, field, keyword, message: { 'zh-CN': zh, en } });

    if (bound.mode === 'locked') {
      if (!sameJson(value, hq)) {
        issue(
          'bound-locked',
          `${field} is locked by HQ at ${describe(hq)}`,
          `${field} 由总部锁定为 ${describe(hq)}，不能修改`,
        );
      }
      continue;
    }
    if (bound.mode !== 'bounded') continue;

    if (typeof value === 'number' && bound.min !== undefined && value < bound.min) {
      issue(
        'bound-min',
        `${field} must be at least ${describe(bound.min)} (HQ's bound); it is ${describe(value)}`,
        `${field} 不能低于总部下限 ${describe(bound.min)}（现为 ${describe(value)}）`,
      );
    }
    if (typeof value === 'number' && bound.max !== undefined && value > bound.max) {
      issue(
        'bound-max',
        `${field} must be at most ${describe(bound.max)} (HQ's bound); it is ${describe(value)}`,
        `${field} 不能高于总部上限 ${describe(bound.max)}（现为 ${describe(value)}）`,
      );
    }
    if (bound.allowed !== undefined && !isAllowed(value, bound.allowed)) {
      const choices = bound.allowed.map(describe).join(', ');
      issue(
        'bound-allowed',
        `${field} must be one of HQ's values: ${choices}`,
        `${field} 只能取总部允许的值：${choices}`,
      );
    }
    if (bound.keepItems === true && Array.isArray(hq)) {
      const items = Array.isArray(value) ? value : [];
      const missing = hq.findIndex((item) => !items.some((kept) => sameJson(kept, item)));
      if (missing >= 0) {
        const item = itemName(hq[missing]);
        issue(
          'bound-keep-items',
          `${field} must keep HQ's item ${missing + 1} (${item.en}) unchanged; ` +
            'add items instead of changing it',
          `${field} 必须保留总部的第 ${missing + 1} 项（${item['zh-CN']}）且不能修改；可以新增项目`,
        );
      }
    }
  }

  return issues;
}

/** A value as a person reads it: money in yuan, the rest as JSON. */
function describer(paramsSchema: JsonSchema, field: string): (value: unknown) => string {
  const properties = (paramsSchema as { properties?: Record<string, { 'x-unit'?: string }> })
    .properties;
  const isMoney = properties?.[field]?.['x-unit'] === 'fen';

  return (value) =>
    isMoney && typeof value === 'number' && Number.isInteger(value)
      ? `¥${formatYuan(value)}`
      : JSON.stringify(value);
}

/** A single value must be one of the allowed; an array's every item must be. */
function isAllowed(value: unknown, allowed: readonly unknown[]): boolean {
  if (allowed.some((choice) => sameJson(choice, value))) return true;
  return Array.isArray(value) && value.every((item) => allowed.some((c) => sameJson(c, item)));
}

export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, item]) => [key, canonical(item)]));
}
