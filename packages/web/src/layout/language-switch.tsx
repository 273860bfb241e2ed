import { Button, Group, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@hjemvej/contract';
import { supportedLocales } from '../i18n';
import { useLanguage } from '../i18n/use-language';

/**
 * Each language's name in itself: a Danish reader looking for English finds "English". Not read
 * from the catalogues, because the other language's catalogue is loaded only when switched to.
 */
const ownNames: Readonly<Record<Locale, string>> = { da: 'Dansk', en: 'English' };

/** DA / EN toggle; the pressed button is the current language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { locale, changeLanguage } = useLanguage();
  return (
    <Group gap={4} wrap="nowrap" role="group" aria-label={t('language.label')}>
      {supportedLocales.map((option: Locale) => (
        <Button
          key={option}
          size="compact-sm"
          variant={option === locale ? 'filled' : 'default'}
          aria-pressed={option === locale}
          onClick={() => void changeLanguage(option)}
          lang={option}
        >
          {option.toUpperCase()}
          <VisuallyHidden>{` – ${ownNames[option]}`}</VisuallyHidden>
        </Button>
      ))}
    </Group>
  );
}
