import { messages, type Locale } from './messages.js';

/** Looks a key up and fills `{{name}}` placeholders; unknown keys fall back to the default. */
export function translate(
  locale: Locale,
  key: string,
  values?: Record<string, unknown>,
  fallback?: string,
): string {
  const table: Record<string, string> = messages[locale];
  const text = table[key] ?? fallback ?? key;

  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    values && name in values ? String(values[name]) : whole,
  );
}
