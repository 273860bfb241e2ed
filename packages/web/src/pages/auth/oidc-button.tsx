import { Button, Divider } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { authRoutes } from '@hjemvej/contract';
import { useSession } from '../../auth/session';

/** "Log ind med …" when single sign-on is set up: a full-page navigation to the provider. */
export function OidcButton() {
  const { t } = useTranslation();
  const { session } = useSession();
  if (!session.oidc.enabled) return null;
  return (
    <>
      <Divider my="lg" label={t('signIn.or')} labelPosition="center" />
      <Button component="a" href={authRoutes.oidcStart.path} variant="default" fullWidth>
        {t('signIn.withOidc', { label: session.oidc.label })}
      </Button>
    </>
  );
}
