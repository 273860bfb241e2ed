import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from './page-title';

/** Shown when a page failed to render. */
export function PageError({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack maw={560}>
      <PageTitle>{t('pageError.title')}</PageTitle>
      <Alert color="red" role="alert">
        {t('pageError.text')}
      </Alert>
      <div>
        <Button onClick={onRetry}>{t('common.retry')}</Button>
      </div>
    </Stack>
  );
}
