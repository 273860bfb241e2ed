import { PasswordInput, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '@hjemvej/contract';
import { useFormModal } from '../../forms/use-form-modal';
import { useResetPassword } from './use-users';
import { FormModal } from '../../components/form-modal';

/** Give a user a new password (to be handed over in person). */
export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const resetPassword = useResetPassword();
  const { form, modal } = useFormModal({
    initialValues: { password: '' },
    mutation: resetPassword,
    send: ({ password }) => resetPassword.mutateAsync({ id: user.id, password }),
    saved: t('users.passwordReset', { name: user.displayName }),
    onClose,
    submitLabel: t('users.resetPassword'),
    actionsMt: 'sm',
  });

  return (
    <FormModal
      title={t('users.resetPasswordTitle')}
      {...modal}
      lead={<Text>{t('users.resetPasswordText', { name: user.displayName })}</Text>}
    >
      <PasswordInput
        label={t('users.newPassword')}
        description={t('users.passwordHint')}
        required
        data-autofocus
        autoComplete="new-password"
        {...form.getInputProps('password')}
        visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
      />
    </FormModal>
  );
}
