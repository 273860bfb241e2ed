import { useState } from 'react';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Role } from '@hjemvej/domain';
import type { User } from '@hjemvej/contract';
import { useSession } from '../../auth/session';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useEditDialog } from '../../components/use-edit-dialog';
import { useConfirmedAction } from '../../components/use-confirmed-action';
import { QueryState } from '../../components/query-state';
import { PageHeader } from '../../components/page-header';
import { ResetPasswordModal } from './reset-password-modal';
import { UserFormModal } from './user-form-modal';
import { UsersFilters } from './users-filters';
import { UsersTable } from './users-table';
import { useUpdateUser, useUsers, type ActiveFilter } from './use-users';

export function UsersPage() {
  const { t } = useTranslation();
  const { user: currentUser, can } = useSession();
  // The system administrator's list spans every organisation: it names them, and can be narrowed
  // to one (the organisations page links here with `?organisation=`).
  const spansOrganisations = can('system.manage');
  const [searchParams, setSearchParams] = useSearchParams();
  const organisationId = searchParams.get('organisation');
  const setOrganisationId = (id: string | null) =>
    setSearchParams(
      (params) => {
        if (id) params.set('organisation', id);
        else params.delete('organisation');
        return params;
      },
      { replace: true },
    );
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const [role, setRole] = useState<Role | null>(null);
  const [active, setActive] = useState<ActiveFilter>('all');
  const users = useUsers({ search: debouncedSearch, role, active, organisationId: spansOrganisations ? organisationId : null });
  const updateUser = useUpdateUser();
  const editing = useEditDialog<User>();
  const [resetting, setResetting] = useState<User | null>(null);
  const toggle = useConfirmedAction(updateUser, {
    input: (user: User) => ({ id: user.id, body: { isActive: !user.isActive } }),
    done: (user) =>
      user.isActive ? t('users.deactivated', { name: user.displayName }) : t('users.reactivated', { name: user.displayName }),
  });
  const toggling = toggle.subject;

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.lead')}
        create={{ label: t('users.create'), onClick: editing.openNew }}
      />
      <UsersFilters
        search={search}
        role={role}
        active={active}
        onSearchChange={setSearch}
        onRoleChange={setRole}
        onActiveChange={setActive}
        organisation={spansOrganisations ? { value: organisationId, onChange: setOrganisationId } : undefined}
      />
      <QueryState query={users}>
        {(data) => (
          <UsersTable
            users={data}
            currentUserId={currentUser?.id ?? ''}
            showOrganisation={spansOrganisations}
            onEdit={editing.openEdit}
            onResetPassword={setResetting}
            onToggleActive={toggle.ask}
          />
        )}
      </QueryState>
      {editing.dialog ? (
        <UserFormModal key={editing.dialog.key} user={editing.dialog.item} onClose={editing.dialog.onClose} />
      ) : null}
      {resetting ? <ResetPasswordModal key={resetting.id} user={resetting} onClose={() => setResetting(null)} /> : null}
      <ConfirmDialog
        title={toggling?.isActive === false ? t('users.reactivateTitle') : t('users.deactivateTitle')}
        message={
          toggling?.isActive === false
            ? t('users.reactivateConfirm', { name: toggling.displayName })
            : t('users.deactivateConfirm', { name: toggling?.displayName ?? '' })
        }
        confirmLabel={toggling?.isActive === false ? t('common.reactivate') : t('common.deactivate')}
        danger={toggling?.isActive !== false}
        {...toggle.dialog}
      />
    </>
  );
}
