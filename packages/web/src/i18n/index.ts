import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@hjemvej/contract';
import da from './da.json';
import en from './en.json';

export const supportedLocales: readonly Locale[] = ['da', 'en'];
export const defaultLocale: Locale = 'da';
const storageKey = 'hjemvej.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (supportedLocales as readonly string[]).includes(value);
}

export function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isLocale(stored) ? stored : defaultLocale;
  } catch {
    return defaultLocale;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(storageKey, locale);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this page only.
  }
}

export function currentLocale(): Locale {
  return isLocale(i18next.language) ? i18next.language : defaultLocale;
}

function applyDocumentLanguage(locale: string): void {
  document.documentElement.lang = locale;
}

export async function initI18n(): Promise<void> {
  const locale = readStoredLocale();
  i18next.on('languageChanged', applyDocumentLanguage);
  await i18next.use(initReactI18next).init({
    resources: { da: { translation: da }, en: { translation: en } },
    lng: locale,
    fallbackLng: defaultLocale,
    supportedLngs: [...supportedLocales],
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  applyDocumentLanguage(locale);
}

export { i18next };
