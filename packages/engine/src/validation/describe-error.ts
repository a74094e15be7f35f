import type { ErrorObject } from 'ajv';
import localizeEn from 'ajv-i18n/localize/en';
import localizeZh from 'ajv-i18n/localize/zh';
import { formatYuan } from '../money/index.js';
import type { LocalizedText } from '../types/index.js';

type Schema = Record<string, unknown>;

/**
 * Words a marketer understands for one ajv error. Money fields (`x-unit: fen`) speak yuan, and
 * the common keywords get our own phrasing; a schema's `x-hint` explains its pattern, or its
 * shape to a value of the wrong type; the rest fall back to ajv-i18n's.
 */
export function describeError(error: ErrorObject): LocalizedText {
  const schema = (error.parentSchema ?? {}) as Schema;
  const isMoney = schema['x-unit'] === 'fen';
  const show = (value: unknown): string =>
    isMoney && typeof value === 'number' ? `¥${formatYuan(value)}` : JSON.stringify(value);
  const params = error.params as Record<string, unknown>;

  const hint = schema['x-hint'] as LocalizedText | undefined;
  if (hint && (error.keyword === 'pattern' || error.keyword === 'format')) return hint;
  if (hint && error.keyword === 'type' && !isMoney) return hint;

  switch (error.keyword) {
    case 'required':
      return describeMissing(String(params.missingProperty), schema);
    case 'minimum':
      return both(`不能小于 ${show(params.limit)}`, `must be at least ${show(params.limit)}`);
    case 'exclusiveMinimum':
      return both(`必须大于 ${show(params.limit)}`, `must be more than ${show(params.limit)}`);
    case 'maximum':
      return both(`不能大于 ${show(params.limit)}`, `must be at most ${show(params.limit)}`);
    case 'type':
      return describeType(String(params.type), isMoney);
    case 'enum':
      return both(
        `必须是以下之一：${(params.allowedValues as unknown[]).join('、')}`,
        `must be one of: ${(params.allowedValues as unknown[]).join(', ')}`,
      );
    case 'additionalProperties':
      return both(
        `不认识的字段 ${params.additionalProperty}`,
        `unknown field ${params.additionalProperty}`,
      );
    case 'minItems':
      return both(`至少需要 ${params.limit} 项`, `needs at least ${params.limit} item(s)`);
    default:
      return fallback(error);
  }
}

/** A missing field by the label a form shows for it (`x-label`), with its key for programs. */
function describeMissing(key: string, schema: Schema): LocalizedText {
  const properties = schema.properties as Record<string, Schema> | undefined;
  const label = properties?.[key]?.['x-label'] as LocalizedText | undefined;
  if (label === undefined) return both(`缺少必填项 ${key}`, `${key} is required`);

  return both(`缺少必填项「${label['zh-CN']}」（${key}）`, `${label.en} (${key}) is required`);
}

function describeType(type: string, isMoney: boolean): LocalizedText {
  if (isMoney) return both('金额必须是整数分（元保留两位小数）', 'amount must be whole fen');
  if (type === 'integer') return both('必须是整数', 'must be a whole number');
  if (type === 'number') return both('必须是数字', 'must be a number');
  if (type === 'string') return both('必须是文本', 'must be text');
  if (type === 'object') return both('必须是对象', 'must be an object');
  if (type === 'array') return both('必须是列表', 'must be a list');
  if (type === 'boolean') return both('必须为是或否', 'must be true or false');

  return both(`类型应为 ${type}`, `must be ${type}`);
}

function fallback(error: ErrorObject): LocalizedText {
  const en = [{ ...error }];
  const zh = [{ ...error }];
  localizeEn(en);
  localizeZh(zh);

  return both(zh[0]?.message ?? error.keyword, en[0]?.message ?? error.keyword);
}

function both(zh: string, en: string): LocalizedText {
  return { 'zh-CN': zh, en };
}
