import { Group, Table, Text } from '@mantine/core';
import { IconKey, IconPencil, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { User } from '@hjemvej/contract';
import { EmptyRow } from '../../components/empty-row';
import { RowAction } from '../../components/row-action';
import { StatusBadge } from '../../components/status-badge';
import { TableFrame } from '../../components/table-frame';
import { formatDateTime } from '../../format/date';
import { useLanguage } from '../../i18n/use-language';

interface UsersTableProps {
  users: User[];
  currentUserId: string;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
  onToggleActive: (user: User) => void;
}

export function UsersTable({ users, currentUserId, onEdit, onResetPassword, onToggleActive }: UsersTableProps) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  return (
    <TableFrame caption={t('users.tableCaption')} minWidth={880} testId="users-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('users.name')}</Table.Th>
          <Table.Th scope="col">{t('users.email')}</Table.Th>
          <Table.Th scope="col">{t('users.role')}</Table.Th>
          <Table.Th scope="col">{t('users.units')}</Table.Th>
          <Table.Th scope="col">{t('common.status')}</Table.Th>
          <Table.Th scope="col">{t('users.lastSignIn')}</Table.Th>
          <Table.Th scope="col">{t('common.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {users.length === 0 ? <EmptyRow colSpan={7}>{t('users.empty')}</EmptyRow> : null}
        {users.map((user) => {
          const isSelf = user.id === currentUserId;
          return (
            <Table.Tr key={user.id}>
              <Table.Th scope="row" fw={500}>
                {user.displayName}
                {isSelf ? (
                  <Text span size="xs" c="dimmed" ml={6}>
                    {t('users.you')}
                  </Text>
                ) : null}
              </Table.Th>
              <Table.Td>{user.email}</Table.Td>
              <Table.Td>{t(`role.${user.role}`)}</Table.Td>
              <Table.Td>{user.units.length > 0 ? user.units.map((unit) => unit.name).join(', ') : '–'}</Table.Td>
              <Table.Td>
                <StatusBadge tone={user.isActive ? 'success' : 'neutral'}>
                  {user.isActive ? t('common.active') : t('common.inactive')}
                </StatusBadge>
              </Table.Td>
              <Table.Td>{user.lastSignInAt ? formatDateTime(user.lastSignInAt, locale) : t('users.neverSignedIn')}</Table.Td>
              <Table.Td>
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
                      user.isActive ? (
                        <IconUserOff size={16} aria-hidden="true" />
                      ) : (
                        <IconUserCheck size={16} aria-hidden="true" />
                      )
                    }
                    onClick={() => onToggleActive(user)}
                    disabled={isSelf}
                  />
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </TableFrame>
  );
}
