import { useState, type FormEvent } from 'react';
import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '@hjemvej/contract';
import { fieldError, fieldErrorsOf } from '../../api/api-error';
import { ErrorAlert } from '../../components/error-alert';
import { useNotify } from '../../components/use-notify';
import { useResetPassword } from './use-users';
import { AppModal } from '../../components/app-modal';

/** Give a user a new password (to be handed over in person). */
export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const resetPassword = useResetPassword();
  const [password, setPassword] = useState('');
  const fields = fieldErrorsOf(resetPassword.error);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
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
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack>
          <Text>{t('users.resetPasswordText', { name: user.displayName })}</Text>
          <ErrorAlert error={resetPassword.error} />
          <PasswordInput
            label={t('users.newPassword')}
            description={t('users.passwordHint')}
            required
            data-autofocus
            autoComplete="new-password"
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={fieldError(fields, 'password')}
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
