import { Button, Group, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@hjemvej/contract';
import { supportedLocales } from '../i18n';
import { useLanguage } from '../i18n/use-language';

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
          <VisuallyHidden>{` – ${t(`language.name.${option}`, { lng: option })}`}</VisuallyHidden>
        </Button>
      ))}
    </Group>
  );
}
