import { Suspense, useEffect, useRef } from 'react';
import { Anchor, AppShell, Badge, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconApi } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { apiDescriptionPaths } from '@hjemvej/contract';
import { useSession } from '../auth/session';
import { ErrorBoundary } from '../components/error-boundary';
import { Loading } from '../components/loading';
import { PageError } from '../components/page-error';
import { Brand } from './brand';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';
import { NotificationsBell } from './notifications-bell';
import { SkipLink } from './skip-link';
import { UserMenu } from './user-menu';

/**
 * Moves focus to the new page's h1 after client-side navigation (not on first load). A page shown
 * for the first time is still being fetched (code and text): then the h1 gets focus when the page
 * arrives, as it would have on navigation.
 */
function useFocusPageTitleOnNavigate() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById('main-content');
    const focusTitle = () => main?.querySelector<HTMLElement>('[data-page-title]')?.focus();
    if (!main?.querySelector('[data-page-loading]')) {
      focusTitle();
      return;
    }
    const observer = new MutationObserver(() => {
      if (main.querySelector('[data-page-loading]')) return;
      observer.disconnect();
      focusTitle();
    });
    observer.observe(main, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [pathname]);
}

/** Header, navigation (a burger on phones) and main content for signed-in pages. */
export function AppLayout() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { pathname } = useLocation();
  const [navOpened, { toggle, close }] = useDisclosure(false);
  useFocusPageTitleOnNavigate();

  return (
    <>
      <SkipLink />
      <AppShell header={{ height: 60 }} navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !navOpened } }} padding="md">
        <AppShell.Header>
          <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={navOpened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={navOpened ? t('nav.close') : t('nav.open')}
                aria-expanded={navOpened}
                aria-controls="main-navigation"
              />
              <Brand />
              {user?.organisation.isDemo ? (
                // On a phone the header has no room for it; the navigation names the demo organisation.
                <Badge color="orange" variant="light" title={t('demo.explanation')} visibleFrom="sm">
                  {t('demo.badge')}
                </Badge>
              ) : null}
            </Group>
            <Group gap={6} wrap="nowrap">
              <NotificationsBell />
              <LanguageSwitch />
              <UserMenu />
            </Group>
          </Group>
        </AppShell.Header>

        <AppShell.Navbar p="sm" id="main-navigation" aria-label={t('nav.label')}>
          <AppShell.Section grow>
            <MainNav onNavigate={close} />
          </AppShell.Section>
          <AppShell.Section>
            {user ? (
              <Text size="xs" c="dimmed" mb="xs">
                {user.organisation.name}
              </Text>
            ) : null}
            <Anchor href={apiDescriptionPaths.docs} size="sm">
              <Group gap={6} component="span" wrap="nowrap">
                <IconApi size={16} aria-hidden="true" />
                {t('userMenu.apiDocs')}
              </Group>
            </Anchor>
          </AppShell.Section>
        </AppShell.Navbar>

        <AppShell.Main id="main-content" tabIndex={-1}>
          <ErrorBoundary resetKey={pathname} fallback={(reset) => <PageError onRetry={reset} />}>
            {/* A page's code and text are fetched the first time it is shown (app/lazy-page.ts). */}
            <Suspense
              fallback={
                <div data-page-loading>
                  <Loading />
                </div>
              }
            >
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
