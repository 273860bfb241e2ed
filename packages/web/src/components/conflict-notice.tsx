import { useEffect, useRef, type ReactNode } from 'react';
import { Alert, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error';
import { useErrorMessage } from './use-error-message';

/** True when the server refused a change because someone else saved first (409). */
export function isConflict(error: unknown): boolean {
  return isApiError(error) && error.status === 409;
}

/**
 * Someone else saved first: nothing was overwritten. Shows the server's message (who, when),
 * what they changed (when the caller can say) and a way to start again from their version.
 */
export function ConflictNotice({ error, onReload, children }: { error: unknown; onReload: () => void; children?: ReactNode }) {
  const { t } = useTranslation();
  const messageOf = useErrorMessage();
  const ref = useRef<HTMLDivElement>(null);
  // The save button is at the end of a long form: bring the notice into view and focus.
  useEffect(() => {
    ref.current?.closest('.mantine-Modal-content')?.scrollTo({ top: 0 });
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <Alert ref={ref} tabIndex={-1} role="alert" color="orange" title={t('conflict.title')} data-testid="version-conflict">
      <Text size="sm" mb="xs">
        {messageOf(error)}
      </Text>
      {children}
      <Text size="sm" mt="xs">
        {t('conflict.hint')}
      </Text>
      <Button size="compact-sm" mt="sm" variant="default" onClick={onReload}>
        {t('conflict.reload')}
      </Button>
    </Alert>
  );
}
