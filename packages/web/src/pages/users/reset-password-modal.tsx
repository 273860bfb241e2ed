import { PasswordInput, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '@hjemvej/contract';
import { useNotify } from '../../components/use-notify';
import { useApiForm } from '../../forms/use-api-form';
import { useResetPassword } from './use-users';
import { FormModal } from '../../components/form-modal';

/** Give a user a new password (to be handed over in person). */
export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const resetPassword = useResetPassword();
  const form = useApiForm({ initialValues: { password: '' }, error: resetPassword.error });

  const handleSubmit = async ({ password }: typeof form.values) => {
    await resetPassword.mutateAsync({ id: user.id, password });
    notify(t('users.passwordReset', { name: user.displayName }));
    onClose();
  };

  return (
    <FormModal
      title={t('users.resetPasswordTitle')}
      onClose={onClose}
      onSubmit={form.onSave(handleSubmit)}
      error={resetPassword.error}
      submit={{ label: t('users.resetPassword'), loading: resetPassword.isPending }}
      actionsMt="sm"
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
