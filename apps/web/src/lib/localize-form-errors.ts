/**
 * ajv's live validation messages, in the shell's language and in the units the marketer typed:
 * a fen field's minimum reads "¥0.00", not "0".
 */
import type { JsonSchema } from '@campaign-studio/engine';
import type { RJSFValidationError } from '@rjsf/utils';
import type { Locale } from '../i18n/messages.js';
import { translate } from '../i18n/translate.js';
import { formatYuan } from './format-yuan.js';
import { formatPercentOff } from './percent-off.js';
import { schemaAt, unitOf } from './schema-walk.js';

const LIMIT_KEYWORDS = new Set(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']);
const COUNT_KEYWORDS = new Set(['minItems', 'maxItems']);

/** `.tiers.0.amount` or `['first-name']` → `['tiers', '0', 'amount']`. */
export function propertyPath(property: string | undefined): string[] {
  if (!property) return [];

  return [...property.matchAll(/\.([^.[\]]+)|\[['"]?([^'"\]]+)['"]?\]/g)].map(
    (match) => match[1] ?? match[2] ?? '',
  );
}

function showLimit(limit: unknown, schema: JsonSchema | undefined, locale: Locale): string {
  if (typeof limit !== 'number') return String(limit);

  const unit = unitOf(schema);
  if (unit === 'fen') return formatYuan(limit);
  if (unit === 'percent-off') return formatPercentOff(limit, locale);
  return String(limit);
}

function localizeOne(error: RJSFValidationError, root: JsonSchema, locale: Locale): string {
  const name = error.name ?? '';
  const params = (error.params ?? {}) as Record<string, unknown>;
  const schema = schemaAt(root, propertyPath(error.property));

  if (LIMIT_KEYWORDS.has(name)) {
    return translate(locale, `form.${name}`, { limit: showLimit(params.limit, schema, locale) });
  }
  if (COUNT_KEYWORDS.has(name)) return translate(locale, `form.${name}`, { limit: params.limit });
  if (name === 'type' && params.type === 'integer') return translate(locale, 'form.integer');
  if (name === 'type') return translate(locale, 'form.type', { type: params.type });
  if (name === 'required' || name === 'pattern' || name === 'enum') {
    return translate(locale, `form.${name}`);
  }
  return error.message ?? name;
}

export function localizeFormErrors(
  errors: RJSFValidationError[],
  root: JsonSchema,
  locale: Locale,
): RJSFValidationError[] {
  return errors.map((error) => ({ ...error, message: localizeOne(error, root, locale) }));
}
