import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { useErrorMessage } from '../../components/use-error-message';

/** Wrong password, or locked for a number of minutes, or anything else the server said. */
export function SignInError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const messageOf = useErrorMessage();
  if (!error) return null;

  let message = messageOf(error);
  let title = t('signIn.failedTitle');
  if (isApiError(error) && error.code === 'locked') {
    const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
    title = t('signIn.lockedTitle');
    message = t('signIn.locked', { count: minutes });
  } else if (isApiError(error) && error.code === 'invalid_credentials' && !error.message) {
    message = t('signIn.invalidCredentials');
  }

  return (
    <Alert role="alert" color="red" title={title} icon={<IconAlertCircle aria-hidden="true" />} mb="md">
      {message}
    </Alert>
  );
}
