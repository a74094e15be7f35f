/**
 * The shell's language: zh-CN unless the person chose English, remembered in localStorage.
 * refine's i18n provider, antd's locale and dayjs all follow this one value.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { I18nProvider } from '@refinedev/core';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { LOCALES, type Locale } from './messages.js';
import { translate } from './translate.js';

const STORAGE_KEY = 'campaign-studio.locale';

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language chosen last, for code outside React (refine's providers). */
export function storedLocale(): Locale {
  return initialLocale();
}

function initialLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);

  return isLocale(stored) ? stored : 'zh-CN';
}

function applyLocale(locale: Locale): void {
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  document.documentElement.lang = locale;
}

export interface LocaleState {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: string, values?: Record<string, unknown>): string;
  i18nProvider: I18nProvider;
}

const LocaleContext = createContext<LocaleState | undefined>(undefined);

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const first = initialLocale();
    applyLocale(first);
    return first;
  });

  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    applyLocale(next);
    setLocaleState(next);
  }, []);

  const state = useMemo<LocaleState>(() => {
    const t = (key: string, values?: Record<string, unknown>) => translate(locale, key, values);
    const i18nProvider: I18nProvider = {
      translate: (key, options, fallback) =>
        translate(locale, key, isRecord(options) ? options : undefined, fallback),
      changeLocale: (next: string) => {
        if (isLocale(next)) setLocale(next);
      },
      getLocale: () => locale,
    };
    return { locale, setLocale, t, i18nProvider };
  }, [locale, setLocale]);

  return <LocaleContext.Provider value={state}>{children}</LocaleContext.Provider>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useLocale must be used inside <LocaleProvider>');

  return state;
}
