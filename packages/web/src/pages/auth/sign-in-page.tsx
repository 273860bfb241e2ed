import { useState, type FormEvent } from 'react';
import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { fieldError, fieldErrorsOf } from '../../api/api-error';
import { useSession } from '../../auth/session';
import { PageTitle } from '../../components/page-title';
import { PublicLayout } from '../../layout/public-layout';
import { OidcButton } from './oidc-button';
import { SignInError } from './sign-in-error';

function targetAfterSignIn(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state) {
    const from = state.from;
    if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && from !== '/sign-in') return from;
  }
  return '/';
}

export function SignInPage() {
  const { t } = useTranslation();
  const { user, signIn, sessionEnded } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const mutation = useMutation({
    mutationFn: () => signIn({ email: email.trim(), password }),
    onSuccess: () => void navigate(targetAfterSignIn(location.state), { replace: true }),
    onError: () => setPassword(''),
  });

  if (user && !mutation.isPending && !mutation.isSuccess) {
    return <Navigate to={targetAfterSignIn(location.state)} replace />;
  }

  const fields = fieldErrorsOf(mutation.error);
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };

  return (
    <PublicLayout>
      <PageTitle>{t('signIn.title')}</PageTitle>
      <Text c="dimmed" mt={4} mb="lg">
        {t('signIn.lead')}
      </Text>
      {sessionEnded && !mutation.error ? (
        <Alert color="blue" mb="md" role="status">
          {t('signIn.sessionEnded')}
        </Alert>
      ) : null}
      {searchParams.get('error') && !mutation.error ? (
        <Alert color="red" mb="md" role="alert">
          {t('signIn.oidcFailed')}
        </Alert>
      ) : null}
      <SignInError error={mutation.error} />
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={handleSubmit} noValidate>
          <Stack>
            <TextInput
              label={t('signIn.email')}
              type="email"
              name="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={fieldError(fields, 'email')}
            />
            <PasswordInput
              label={t('signIn.password')}
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={fieldError(fields, 'password')}
              visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
            />
            <Button type="submit" loading={mutation.isPending} fullWidth>
              {t('signIn.submit')}
            </Button>
          </Stack>
        </form>
        <OidcButton />
      </Paper>
    </PublicLayout>
  );
}
