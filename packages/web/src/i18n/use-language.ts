import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { authRoutes, type Locale } from '@hjemvej/contract';
import { call } from '../api/client';
import { currentLocale, storeLocale } from './index';
import { useSession, useSessionCache } from '../auth/session';

/** The UI language and a way to change it (stored locally and, when signed in, on the user). */
export function useLanguage(): { locale: Locale; changeLanguage: (locale: Locale) => Promise<void> } {
  const { i18n } = useTranslation();
  const { user } = useSession();
  const { updateUser } = useSessionCache();

  const changeLanguage = useCallback(
    async (locale: Locale) => {
      storeLocale(locale);
      await i18n.changeLanguage(locale);
      if (user && user.locale !== locale) {
        updateUser({ ...user, locale });
        try {
          await call(authRoutes.updatePreferences, { body: { locale } });
        } catch {
          // The language still changes here; the server keeps the old preference until next time.
        }
      }
    },
    [i18n, user, updateUser],
  );

  return { locale: isLocaleOrDefault(i18n.language), changeLanguage };
}

function isLocaleOrDefault(language: string): Locale {
  return language === 'en' ? 'en' : language === 'da' ? 'da' : currentLocale();
}
