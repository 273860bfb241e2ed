import { useTranslation } from 'react-i18next';

/** First focusable element on every page: jumps past the header and navigation. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href="#main-content">
      {t('a11y.skipToContent')}
    </a>
  );
}
