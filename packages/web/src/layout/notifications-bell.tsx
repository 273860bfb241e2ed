import { useState } from 'react';
import { ActionIcon, Button, Indicator, Popover, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMarkNotificationsRead, useNotifications, useUnreadCount } from '../pages/notifications/use-notifications';
import { PlainList } from '../components/plain-list';

/** The bell in the header: unread count, the latest notifications, each opening its task. */
export function NotificationsBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const unread = useUnreadCount();
  const list = useNotifications(opened);
  const markRead = useMarkNotificationsRead();
  const count = unread.data?.unread ?? 0;
  const label = count > 0 ? t('notifications.bellUnread', { count }) : t('notifications.bell');
  return (
    <Indicator label={count > 99 ? '99+' : count} size={18} disabled={count === 0} color="red.8" offset={4} inline>
      <Popover opened={opened} onChange={setOpened} position="bottom-end" width={340} shadow="md" trapFocus>
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            size="lg"
            aria-label={label}
            onClick={() => setOpened((o) => !o)}
            data-testid="notifications-bell"
          >
            <IconBell size={20} aria-hidden="true" />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs" role="region" aria-label={t('notifications.title')}>
            <Text fw={700}>{t('notifications.title')}</Text>
            {list.isPending ? <Text size="sm">{t('common.loading')}</Text> : null}
            {list.data && list.data.items.length === 0 ? <Text size="sm">{t('notifications.empty')}</Text> : null}
            <PlainList gap={4} style={{ maxHeight: 360, overflowY: 'auto' }}>
              {(list.data?.items ?? []).map((item) => (
                <li key={item.id}>
                  <UnstyledButton
                    p={6}
                    w="100%"
                    onClick={() => {
                      if (!item.readAt) markRead.mutate({ ids: [item.id] });
                      setOpened(false);
                      if (item.link) void navigate(item.link);
                    }}
                  >
                    <Text size="sm" fw={item.readAt ? 400 : 700}>
                      {item.readAt ? '' : `${t('notifications.unreadMark')} `}
                      {item.title}
                    </Text>
                    {item.body ? (
                      <Text size="xs" c="dimmed">
                        {item.body}
                      </Text>
                    ) : null}
                  </UnstyledButton>
                </li>
              ))}
            </PlainList>
            {count > 0 ? (
              <Button size="xs" variant="default" onClick={() => markRead.mutate({ all: true })}>
                {t('notifications.markAll')}
              </Button>
            ) : null}
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
