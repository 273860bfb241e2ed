import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useErrorMessage } from './use-error-message';

/** The server's (localised) message for a failed request, announced to screen readers. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const messageOf = useErrorMessage();
  if (!error) return null;
  return (
    <Alert role="alert" color="red" icon={<IconAlertCircle aria-hidden="true" />} title={title} mb="md">
      {messageOf(error)}
    </Alert>
  );
}
