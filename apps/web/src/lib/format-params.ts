/**
 * Block params in words, with their units: `门槛 ¥599.00 · 折扣 8.8折`. Labels and units come
 * from the block's params schema, so the shell needs no knowledge of any block.
 */
import type { JsonSchema } from '@campaign-studio/engine';
import { formatYuan } from './format-yuan.js';
import { isLocalizedText, localize } from './localized.js';
import { formatPercentOff } from './percent-off.js';
import { isSchema, schemaItems, schemaProperties, unitOf } from './schema-walk.js';

function formatValue(value: unknown, schema: JsonSchema | undefined, locale: string): string {
  const unit = unitOf(schema);
  if (typeof value === 'number' && unit === 'fen') return formatYuan(value);
  if (typeof value === 'number' && unit === 'percent-off') return formatPercentOff(value, locale);
  if (typeof value === 'boolean')
    return locale === 'en' ? (value ? 'yes' : 'no') : value ? '是' : '否';

  if (Array.isArray(value)) {
    const items = schema ? schemaItems(schema) : undefined;
    return `[${value.map((item) => formatValue(item, items, locale)).join(', ')}]`;
  }
  // A name in both languages (a prize's, a card level's) reads in the shell's language.
  if (isLocalizedText(value)) return localize(value, locale);
  if (isSchema(value)) return `{ ${formatParams(value, schema, locale)} }`;
  return String(value);
}

export function formatParams(
  params: Record<string, unknown>,
  schema: JsonSchema | undefined,
  locale: string,
): string {
  const properties = schema ? schemaProperties(schema) : {};

  return Object.entries(params)
    .map(([name, value]) => {
      const child = properties[name];
      const label = localize(child?.['x-label'], locale) || name;
      return `${label} ${formatValue(value, child, locale)}`;
    })
    .join(' · ');
}
