import { useState, type FormEvent } from 'react';
import { Button, Group, MultiSelect, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '@hjemvej/domain';
import type { User } from '@hjemvej/contract';
import { fieldError, fieldErrorsOf } from '../../api/api-error';
import { ErrorAlert } from '../../components/error-alert';
import { useNotify } from '../../components/use-notify';
import { useRoleMatrix } from '../users/use-role-matrix';
import { useUnits } from '../organisation/use-units';
import { useCreateUser, useUpdateUser } from './use-users';
import { AppModal } from '../../components/app-modal';

interface UserFormModalProps {
  /** The user to edit; null to create a new one. */
  user: User | null;
  onClose: () => void;
}

/** Create a user (with a first password) or change name, e-mail, role and units. */
export function UserFormModal({ user, onClose }: UserFormModalProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const roleMatrix = useRoleMatrix();
  const units = useUnits();
  const createUser = useCreateUser();
  const updateUser = useUpdateUser();
  const mutation = user ? updateUser : createUser;

  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [email, setEmail] = useState(user?.email ?? '');
  const [role, setRole] = useState<Role | null>(user?.role ?? null);
  const [unitIds, setUnitIds] = useState<string[]>(user?.units.map((unit) => unit.id) ?? []);
  const [password, setPassword] = useState('');
  const [roleMissing, setRoleMissing] = useState(false);
  const fields = fieldErrorsOf(mutation.error);

  const assignable = (roleMatrix.data?.roles ?? []).filter((entry) => entry.assignableHere).map((entry) => entry.role);
  const roleOptions = [...new Set([...assignable, ...(user ? [user.role] : [])])].map((value) => ({
    value,
    label: t(`role.${value}`),
    disabled: !assignable.includes(value),
  }));
  const unitOptions = (units.data ?? [])
    .filter((unit) => unit.isActive || unitIds.includes(unit.id))
    .map((unit) => ({ value: unit.id, label: unit.name }));

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!role) {
      setRoleMissing(true);
      return;
    }
    try {
      if (user) {
        await updateUser.mutateAsync({ id: user.id, body: { displayName, email, role, unitIds } });
        notify(t('users.updated', { name: displayName }));
      } else {
        await createUser.mutateAsync({ displayName, email, role, unitIds, password });
        notify(t('users.created', { name: displayName }));
      }
      onClose();
    } catch {
      // Shown from mutation.error.
    }
  };

  return (
    <AppModal opened onClose={onClose} title={user ? t('users.editTitle') : t('users.createTitle')} size="lg">
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack>
          <ErrorAlert error={mutation.error} />
          <ErrorAlert error={roleMatrix.error ?? units.error} />
          <TextInput
            label={t('users.name')}
            required
            data-autofocus
            autoComplete="off"
            value={displayName}
            onChange={(event) => setDisplayName(event.currentTarget.value)}
            error={fieldError(fields, 'displayName')}
          />
          <TextInput
            label={t('users.email')}
            type="email"
            required
            autoComplete="off"
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={fieldError(fields, 'email')}
          />
          <Select
            label={t('users.role')}
            required
            data={roleOptions}
            value={role}
            onChange={(value) => {
              setRole(value);
              setRoleMissing(false);
            }}
            allowDeselect={false}
            description={t('users.roleHint')}
            error={fieldError(fields, 'role') ?? (roleMissing ? t('validation.chooseOne') : undefined)}
          />
          <MultiSelect
            label={t('users.units')}
            data={unitOptions}
            value={unitIds}
            onChange={setUnitIds}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('users.clearUnits') }}
            nothingFoundMessage={t('users.noUnits')}
            error={fieldError(fields, 'unitIds')}
          />
          {user ? null : (
            <PasswordInput
              label={t('users.password')}
              description={t('users.passwordHint')}
              required
              autoComplete="new-password"
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={fieldError(fields, 'password')}
              visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
            />
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {user ? t('common.save') : t('common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
