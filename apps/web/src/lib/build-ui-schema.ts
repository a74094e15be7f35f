/**
 * Turns the `x-*` hints of a param schema into an rjsf uiSchema: localized titles and help,
 * and the unit and date widgets. The schema itself stays as the server sent it.
 */
import type { JsonSchema } from '@campaign-studio/engine';
import type { UiSchema } from '@rjsf/utils';
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

export function buildUiSchema(schema: JsonSchema, locale: string): UiSchema {
  const ui: UiSchema = {};
  const title = localize(schema['x-label'], locale);
  const help = localize(schema['x-help'], locale);
  const widget = widgetFor(schema);
  if (title) ui['ui:title'] = title;
  if (help) ui['ui:help'] = help;
  if (widget) ui['ui:widget'] = widget;

  for (const [name, child] of Object.entries(schemaProperties(schema))) {
    ui[name] = buildUiSchema(child, locale);
  }

  const items = schemaItems(schema);
  if (items) ui.items = buildUiSchema(items, locale);
  return ui;
}
