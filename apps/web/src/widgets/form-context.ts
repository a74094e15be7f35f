import type { Locale } from '../i18n/messages.js';

/** What the param widgets need from the page: the language to show units and dates in. */
export interface ParamsFormContext {
  locale: Locale;
}

export function formLocale(formContext: unknown): Locale {
  const locale = (formContext as Partial<ParamsFormContext> | undefined)?.locale;

  return locale === 'en' ? 'en' : 'zh-CN';
}
