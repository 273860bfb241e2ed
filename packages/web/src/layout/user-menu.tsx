import { Avatar, Button, Menu, Text } from '@mantine/core';
import { IconApi, IconChevronDown, IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { apiDescriptionPaths } from '@hjemvej/contract';
import { useSession } from '../auth/session';
import { initialsOf } from './initials';

/** The signed-in user's name; opens a menu with role, API documentation and sign-out. */
export function UserMenu() {
  const { t } = useTranslation();
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  if (!user) return null;

  const handleSignOut = async () => {
    try {
      await signOut();
    } finally {
      await navigate('/sign-in', { replace: true });
    }
  };

  return (
    <Menu position="bottom-end" width={260} withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray.9"
          // On a phone the button is the avatar alone: no room to spare beside the bell and languages.
          px={{ base: 2, sm: 'xs' }}
          leftSection={
            <Avatar size={28} radius="xl" color="blue">
              {initialsOf(user.displayName)}
            </Avatar>
          }
          rightSection={<IconChevronDown size={16} aria-hidden="true" className="user-menu-chevron" />}
          aria-label={t('userMenu.open', { name: user.displayName })}
        >
          <Text span visibleFrom="sm" size="sm" fw={500} c="gray.9">
            {user.displayName}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="gray.9">
            {user.displayName}
          </Text>
          <Text size="xs" c="gray.7">
            {t(`role.${user.role}`)} · {user.organisation.name}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item component="a" href={apiDescriptionPaths.docs} leftSection={<IconApi size={16} aria-hidden="true" />}>
          {t('userMenu.apiDocs')}
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden="true" />} onClick={() => void handleSignOut()}>
          {t('userMenu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
