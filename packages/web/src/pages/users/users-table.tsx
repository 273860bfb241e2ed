import { Group, Text } from '@mantine/core';
import { IconKey, IconPencil, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { User } from '@hjemvej/contract';
import { DataTable } from '../../components/data-table';
import { RowAction } from '../../components/row-action';
import { StatusBadge } from '../../components/status-badge';
import { formatDateTime } from '../../format/date';
import { useLanguage } from '../../i18n/use-language';

interface UsersTableProps {
  users: User[];
  currentUserId: string;
  /** The list spans several organisations (the system administrator's): name each user's. */
  showOrganisation?: boolean;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
  onToggleActive: (user: User) => void;
}

export function UsersTable({
  users,
  currentUserId,
  showOrganisation = false,
  onEdit,
  onResetPassword,
  onToggleActive,
}: UsersTableProps) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  return (
    <DataTable<User>
      caption={t('users.tableCaption')}
      minWidth={880}
      testId="users-table"
      items={users}
      rowKey={(user) => user.id}
      empty={t('users.empty')}
      columns={[
        {
          header: t('users.name'),
          rowHeader: true,
          cell: (user) => (
            <>
              {user.displayName}
              {user.id === currentUserId ? (
                <Text span size="xs" c="dimmed" ml={6}>
                  {t('users.you')}
                </Text>
              ) : null}
            </>
          ),
        },
        ...(showOrganisation ? [{ header: t('users.organisation'), cell: (user: User) => user.organisation.name }] : []),
        { header: t('users.email'), cell: (user) => user.email },
        { header: t('users.role'), cell: (user) => t(`role.${user.role}`) },
        {
          header: t('users.units'),
          cell: (user) => (user.units.length > 0 ? user.units.map((unit) => unit.name).join(', ') : '–'),
        },
        {
          header: t('common.status'),
          cell: (user) => (
            <StatusBadge tone={user.isActive ? 'success' : 'neutral'}>
              {user.isActive ? t('common.active') : t('common.inactive')}
            </StatusBadge>
          ),
        },
        {
          header: t('users.lastSignIn'),
          cell: (user) => (user.lastSignInAt ? formatDateTime(user.lastSignInAt, locale) : t('users.neverSignedIn')),
        },
        {
          header: t('common.actions'),
          cell: (user) => (
            <Group gap={6} wrap="nowrap">
              <RowAction
                label={t('users.editNamed', { name: user.displayName })}
                icon={<IconPencil size={16} aria-hidden="true" />}
                onClick={() => onEdit(user)}
              />
              <RowAction
                label={t('users.resetPasswordNamed', { name: user.displayName })}
                icon={<IconKey size={16} aria-hidden="true" />}
                onClick={() => onResetPassword(user)}
              />
              <RowAction
                label={
                  user.isActive
                    ? t('users.deactivateNamed', { name: user.displayName })
                    : t('users.reactivateNamed', { name: user.displayName })
                }
                icon={
                  user.isActive ? <IconUserOff size={16} aria-hidden="true" /> : <IconUserCheck size={16} aria-hidden="true" />
                }
                onClick={() => onToggleActive(user)}
                disabled={user.id === currentUserId}
              />
            </Group>
          ),
        },
      ]}
    />
  );
}
