import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@hjemvej/contract';
import { catalogues, isNamespace, sharedNamespace, type ModuleNamespace } from './catalogues';

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

/** Reads a namespace's file in one language (i18next calls it, also for every loaded namespace on a language change). */
const catalogueBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    if (!isLocale(language) || !isNamespace(namespace)) {
      callback(new Error(`No catalogue ${namespace} in ${language}`), false);
      return;
    }
    catalogues[namespace][language]().then(
      (catalogue) => callback(null, catalogue.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/** Loads modules' text (in the language shown); a page's route awaits it together with the page's code. */
export async function loadNamespaces(namespaces: readonly ModuleNamespace[]): Promise<void> {
  await i18next.loadNamespaces([...namespaces]);
}

export async function initI18n(): Promise<void> {
  const locale = readStoredLocale();
  i18next.on('languageChanged', applyDocumentLanguage);
  await i18next
    .use(catalogueBackend)
    .use(initReactI18next)
    .init({
      lng: locale,
      // Both languages have every key (checked at compile time in `catalogues.ts`), so no fallback is
      // needed, and English readers fetch no Danish text.
      fallbackLng: false,
      supportedLngs: [...supportedLocales],
      ns: [sharedNamespace],
      defaultNS: sharedNamespace,
      // `t('shelterStays.title')`: once a module's namespace is loaded, the first segment of a key names
      // it; app-wide keys (`common.save`) stay in the shared namespace (i18next's rule for equal separators).
      nsSeparator: '.',
      keySeparator: '.',
      interpolation: { escapeValue: false },
      returnNull: false,
      showSupportNotice: false,
    });
  applyDocumentLanguage(locale);
}

export { i18next };
