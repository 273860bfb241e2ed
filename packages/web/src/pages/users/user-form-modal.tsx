import { MultiSelect, PasswordInput, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '@hjemvej/domain';
import type { User } from '@hjemvej/contract';
import { ErrorAlert } from '../../components/error-alert';
import { useFormModal } from '../../forms/use-form-modal';
import { useRoleMatrix } from '../users/use-role-matrix';
import { useUnits } from '../organisation/use-units';
import { useCreateUser, useUpdateUser } from './use-users';
import { FormModal } from '../../components/form-modal';
import { requiredChoice } from '../../forms/required-choice';

interface UserFormModalProps {
  /** The user to edit; null to create a new one. */
  user: User | null;
  onClose: () => void;
}

/** Create a user (with a first password) or change name, e-mail, role and units. */
export function UserFormModal({ user, onClose }: UserFormModalProps) {
  const { t } = useTranslation();
  const roleMatrix = useRoleMatrix();
  const units = useUnits();
  const createUser = useCreateUser();
  const updateUser = useUpdateUser();

  const { form, modal } = useFormModal({
    initialValues: {
      displayName: user?.displayName ?? '',
      email: user?.email ?? '',
      role: user?.role ?? (null as Role | null),
      unitIds: user?.units.map((unit) => unit.id) ?? [],
      password: '',
    },
    validate: { role: requiredChoice(t) },
    mutation: user ? updateUser : createUser,
    send: ({ displayName, email, role, unitIds, password }) => {
      if (!role) return null;
      return user
        ? updateUser.mutateAsync({ id: user.id, body: { displayName, email, role, unitIds } })
        : createUser.mutateAsync({ displayName, email, role, unitIds, password });
    },
    saved: ({ displayName }) => t(user ? 'users.updated' : 'users.created', { name: displayName }),
    onClose,
    submitLabel: user ? t('common.save') : t('common.create'),
    size: 'lg',
    actionsMt: 'sm',
  });
  const { unitIds } = form.values;

  const assignable = (roleMatrix.data?.roles ?? []).filter((entry) => entry.assignableHere).map((entry) => entry.role);
  const roleOptions = [...new Set([...assignable, ...(user ? [user.role] : [])])].map((value) => ({
    value,
    label: t(`role.${value}`),
    disabled: !assignable.includes(value),
  }));
  const unitOptions = (units.data ?? [])
    .filter((unit) => unit.isActive || unitIds.includes(unit.id))
    .map((unit) => ({ value: unit.id, label: unit.name }));

  return (
    <FormModal title={user ? t('users.editTitle') : t('users.createTitle')} {...modal}>
      <ErrorAlert error={roleMatrix.error ?? units.error} />
      <TextInput label={t('users.name')} required data-autofocus autoComplete="off" {...form.getInputProps('displayName')} />
      <TextInput label={t('users.email')} type="email" required autoComplete="off" {...form.getInputProps('email')} />
      <Select
        label={t('users.role')}
        required
        data={roleOptions}
        {...form.getInputProps('role')}
        onChange={(value: string | null) => {
          form.setFieldValue('role', roleOptions.find((option) => option.value === value)?.value ?? null);
        }}
        allowDeselect={false}
        description={t('users.roleHint')}
      />
      <MultiSelect
        label={t('users.units')}
        data={unitOptions}
        {...form.getInputProps('unitIds')}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('users.clearUnits') }}
        nothingFoundMessage={t('users.noUnits')}
      />
      {user ? null : (
        <PasswordInput
          label={t('users.password')}
          description={t('users.passwordHint')}
          required
          autoComplete="new-password"
          {...form.getInputProps('password')}
          visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
        />
      )}
    </FormModal>
  );
}
