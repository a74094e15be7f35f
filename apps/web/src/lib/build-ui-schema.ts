/**
 * Turns the `x-*` hints of a param schema into an rjsf uiSchema: localized titles and help,
 * and the unit and date widgets. The schema itself stays as the server sent it.
 */
import type { JsonSchema } from '@campaign-studio/engine';
import type { UiSchema } from '@rjsf/utils';
import { ITEM_LABEL } from '../components/params-templates.js';
import { translate } from '../i18n/translate.js';
import { localize } from './localized.js';
import { schemaItems, schemaProperties, unitOf } from './schema-walk.js';

function widgetFor(schema: JsonSchema): string | undefined {
  const unit = unitOf(schema);
  if (unit === 'fen') return 'yuan';
  if (unit === 'percent-off') return 'percentOff';

  const format = schema['x-format'];
  if (format === 'local-date') return 'localDate';
  if (format === 'local-date-time') return 'localDateTime';
  return undefined;
}

/**
 * `inItem`: the schema is (inside) an array item. Its help texts are then shown once, under
 * the array, instead of under every item.
 */
export function buildUiSchema(
  schema: JsonSchema,
  locale: string,
  name?: string,
  inItem = false,
): UiSchema {
  const ui: UiSchema = {};
  const title = localize(schema['x-label'], locale);
  const help = inItem ? '' : localize(schema['x-help'], locale);
  const widget = widgetFor(schema);
  if (title) ui['ui:title'] = title;
  if (help) ui['ui:help'] = help;
  if (widget) ui['ui:widget'] = widget;

  for (const [name, child] of Object.entries(schemaProperties(schema))) {
    ui[name] = buildUiSchema(child, locale, name, inItem);
  }

  const items = schemaItems(schema);
  if (items) {
    ui.items = buildUiSchema(items, locale, undefined, true);
    ui.items[ITEM_LABEL] = itemLabel(items, locale, name);
    const helps = itemHelps(items, locale);
    if (helps.length > 0) ui['ui:description'] = helps.join(' ');
  }
  return ui;
}

/** "第 {{n}} 档" for tiers, the item's own x-label with its number, or "第 {{n}} 项". */
export function itemLabel(
  items: JsonSchema,
  locale: string,
  arrayName: string | undefined,
): string {
  const own = localize(items['x-label'], locale);
  if (own) return own.includes('{{n}}') ? own : `${own} {{n}}`;
  const key = arrayName === 'tiers' ? 'params.tier' : 'params.item';
  return translate(locale === 'en' ? 'en' : 'zh-CN', key);
}

function itemHelps(items: JsonSchema, locale: string): string[] {
  const own = localize(items['x-help'], locale);
  const children = Object.values(schemaProperties(items)).map((child) =>
    localize(child['x-help'], locale),
  );
  return [own, ...children].filter((text) => text !== '');
}
