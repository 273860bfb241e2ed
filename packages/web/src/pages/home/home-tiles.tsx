import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HomeResponse } from '@hjemvej/contract';
import { formatNumber } from '../../format/number';
import { useLanguage } from '../../i18n/use-language';
import { plainListStyle } from '../../components/plain-list';

/** Key figures for the user's role, as a list of count + label. */
export function HomeTiles({ tiles }: { tiles: HomeResponse['tiles'] }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  return (
    <SimpleGrid component="ul" cols={{ base: 2, md: 3 }} spacing="md" style={plainListStyle}>
      {tiles.map((tile) => (
        <li key={tile.key} data-testid={`home-tile-${tile.key}`}>
          <Paper withBorder p="md" radius="md" h="100%">
            <Text className="tile-count" fz={32} fw={700} lh={1.1}>
              {formatNumber(tile.count, locale)}
            </Text>
            <Text c="dimmed" mt={4}>
              {t(`home.tile.${tile.key}`, { defaultValue: tile.key })}
            </Text>
          </Paper>
        </li>
      ))}
    </SimpleGrid>
  );
}
