import type { LocalizedText } from '@campaign-studio/engine';

export function isLocalizedText(value: unknown): value is LocalizedText {
  return typeof value === 'object' && value !== null && 'en' in value && 'zh-CN' in value;
}

/** Text in the shell's language; plain strings pass through, other values become ''. */
export function localize(text: unknown, locale: string): string {
  if (typeof text === 'string') return text;
  if (!isLocalizedText(text)) return '';

  return locale === 'en' ? text.en : text['zh-CN'];
}
