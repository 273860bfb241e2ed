import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '@hjemvej/contract';
import { ErrorAlert } from '../../components/error-alert';
import { useNotify } from '../../components/use-notify';
import { useApiForm } from '../../forms/use-api-form';
import { useResetPassword } from './use-users';
import { AppModal } from '../../components/app-modal';

/** Give a user a new password (to be handed over in person). */
export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const resetPassword = useResetPassword();
  const form = useApiForm({ initialValues: { password: '' }, error: resetPassword.error });

  const handleSubmit = async ({ password }: typeof form.values) => {
    try {
      await resetPassword.mutateAsync({ id: user.id, password });
      notify(t('users.passwordReset', { name: user.displayName }));
      onClose();
    } catch {
      // Shown from resetPassword.error.
    }
  };

  return (
    <AppModal opened onClose={onClose} title={t('users.resetPasswordTitle')}>
      <form onSubmit={form.onSubmit((values) => void handleSubmit(values))} noValidate>
        <Stack>
          <Text>{t('users.resetPasswordText', { name: user.displayName })}</Text>
          <ErrorAlert error={resetPassword.error} />
          <PasswordInput
            label={t('users.newPassword')}
            description={t('users.passwordHint')}
            required
            data-autofocus
            autoComplete="new-password"
            {...form.getInputProps('password')}
            visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={resetPassword.isPending}>
              {t('users.resetPassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
