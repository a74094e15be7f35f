import type { LocalizedText } from '@campaign-studio/engine';

// Fields that name a list item, in the order a person would look for them.
const NAMING_FIELDS = ['name', 'label', 'title', 'sku', 'code', 'id'];
const LONGEST = 60;

/**
 * How a refusal names one of HQ's list items: its name (in each language when it has both),
 * label, SKU or id; otherwise the item itself, shortened.
 */
export function itemName(item: unknown): LocalizedText {
  if (typeof item === 'string') return both(shorten(item));
  if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
    const fields = item as Record<string, unknown>;
    for (const field of NAMING_FIELDS) {
      const value = fields[field];
      if (typeof value === 'string' && value !== '') return both(shorten(value));
      if (isLocalized(value)) {
        return { 'zh-CN': shorten(value['zh-CN']), en: shorten(value.en) };
      }
    }
  }

  return both(shorten(JSON.stringify(item) ?? String(item)));
}

function isLocalized(value: unknown): value is LocalizedText {
  const text = value as Partial<LocalizedText> | null;
  return typeof text?.['zh-CN'] === 'string' && typeof text.en === 'string';
}

function shorten(text: string): string {
  return text.length <= LONGEST ? text : `${text.slice(0, LONGEST - 1)}…`;
}

function both(text: string): LocalizedText {
  return { 'zh-CN': text, en: text };
}
