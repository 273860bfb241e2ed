import { Alert, Button, Center, Stack, Title } from '@mantine/core';
import { Loading } from '../components/loading';
import { useTranslation } from 'react-i18next';

/** Shown before the session is known: a loader, or an error with retry when the server cannot be reached. */
export function SessionStatusPage({ failed, onRetry }: { failed: boolean; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <main id="main-content">
      <Center mih="100vh" p="md">
        {failed ? (
          <Stack maw={420}>
            <Title order={1}>{t('session.unavailableTitle')}</Title>
            <Alert color="red" title={t('session.unavailableTitle')}>
              {t('session.unavailableText')}
            </Alert>
            <Button onClick={onRetry}>{t('common.retry')}</Button>
          </Stack>
        ) : (
          <Loading />
        )}
      </Center>
    </main>
  );
}
