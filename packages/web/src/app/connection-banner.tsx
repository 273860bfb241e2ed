import { useEffect, useState } from 'react';
import { Alert, Button, Group, Text } from '@mantine/core';
import { IconWifiOff } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { reconnectIntervalMs, refetchFailed, watchConnection, type ConnectionState } from './connection';

/**
 * Says at once, on every page, that the connection is lost (the browser is offline, or the server
 * does not answer), and tries again: when the browser is back online, every 10 seconds while the
 * server is away, and when the user asks.
 */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [state, setState] = useState<ConnectionState>('online');
  useEffect(() => watchConnection(queryClient, setState), [queryClient]);
  useEffect(() => {
    if (state !== 'serverGone') return;
    const timer = window.setInterval(() => void refetchFailed(queryClient), reconnectIntervalMs);
    return () => window.clearInterval(timer);
  }, [state, queryClient]);

  if (state === 'online') return null;
  return (
    <Alert
      role="alert"
      color="dark"
      variant="filled"
      icon={<IconWifiOff aria-hidden="true" />}
      title={t(state === 'offline' ? 'connection.offlineTitle' : 'connection.serverGoneTitle')}
      className="connection-banner"
      data-testid="connection-banner"
    >
      <Group justify="space-between" gap="xs">
        <Text size="sm">{t('connection.retrying')}</Text>
        {state === 'serverGone' ? (
          <Button size="xs" variant="white" color="dark" onClick={() => void refetchFailed(queryClient)}>
            {t('common.retry')}
          </Button>
        ) : null}
      </Group>
    </Alert>
  );
}
