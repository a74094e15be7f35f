import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';

/** UI hints that param schemas may carry; ajv's strict mode must know them. */
export const UI_KEYWORDS = [
  'x-label',
  'x-help',
  'x-hint',
  'x-unit',
  'x-format',
  'x-order',
  'x-widget',
];

/**
 * The one ajv set-up of the platform: every error at once, the failing schema kept on each
 * error (for labels and units in messages), and our UI keywords allowed.
 */
export function createAjv(options: { useDefaults?: boolean } = {}): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    useDefaults: options.useDefaults ?? false,
  });
  addFormats(ajv);
  for (const keyword of UI_KEYWORDS) {
    ajv.addKeyword({ keyword, schemaType: ['string', 'object', 'number', 'boolean'] });
  }

  return ajv;
}
