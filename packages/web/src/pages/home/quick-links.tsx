import { Group, Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../auth/session';
import { navLabelKey, visibleNavItems, type NavItem } from '../../navigation/nav-items';
import { plainListStyle } from '../../components/plain-list';

/** Links to the pages the user's permissions allow (home itself left out). */
export function QuickLinks() {
  const { t } = useTranslation();
  const { can, user } = useSession();
  const isShelter = user?.organisation.kind === 'shelter';
  const textKey = (key: NavItem['key']) => navLabelKey(key, isShelter);
  const items = visibleNavItems(can, user?.organisation.kind).filter((item) => item.path !== '/');
  if (items.length === 0) {
    return <Text c="dimmed">{t('home.noQuickLinks')}</Text>;
  }
  return (
    <SimpleGrid component="ul" cols={{ base: 1, xs: 2, md: 3 }} spacing="md" style={plainListStyle}>
      {items.map((item) => {
        const ItemIcon = item.icon;
        return (
          <li key={item.key}>
            <Paper withBorder p="md" radius="md" h="100%">
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <ItemIcon size={20} aria-hidden="true" />
                <div>
                  <Link to={item.path} className="quick-link">
                    {t(`nav.${textKey(item.key)}`)}
                  </Link>
                  <Text size="sm" c="dimmed" mt={2}>
                    {t(`quickLinks.${textKey(item.key)}`)}
                  </Text>
                </div>
              </Group>
            </Paper>
          </li>
        );
      })}
    </SimpleGrid>
  );
}
