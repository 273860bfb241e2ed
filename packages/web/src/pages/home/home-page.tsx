import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session';
import { QueryState } from '../../components/query-state';
import { PageTitle } from '../../components/page-title';
import { HomeTiles } from './home-tiles';
import { MyDay } from './my-day';
import { startPageBlocks } from './start-page-blocks';
import { QuickLinks } from './quick-links';
import { useHome } from './use-home';

export function HomePage() {
  const { t } = useTranslation();
  const { can, user } = useSession();
  const home = useHome();
  if (!user) return null;

  const organisationName = home.data?.organisation.name ?? user.organisation.name;
  const role = home.data?.role ?? user.role;

  return (
    <Stack gap="xl">
      <div>
        <PageTitle>{t('home.greeting', { name: user.displayName })}</PageTitle>
        <Text c="dimmed" mt={4} data-testid="home-role">
          {t('home.roleAt', { role: t(`role.${role}`), organisation: organisationName })}
        </Text>
      </div>

      <MyDay />

      {/* The unit and colleague counts only where there is no casework to show (administrators). */}
      {startPageBlocks(can, user.organisation.kind, user.role).length > 0 ? null : (
        <section aria-labelledby="home-overview">
          <Title order={2} size="h3" id="home-overview" mb="sm">
            {t('home.overview')}
          </Title>
          <QueryState query={home}>{(data) => <HomeTiles tiles={data.tiles} />}</QueryState>
        </section>
      )}

      <section aria-labelledby="home-links">
        <Title order={2} size="h3" id="home-links" mb="sm">
          {t('home.quickLinks')}
        </Title>
        <QuickLinks />
      </section>
    </Stack>
  );
}
