import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CitizenDetail } from '@hjemvej/contract';
import { StatusBadge } from '../../components/status-badge';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate } from '../../format/date';
import { housingTone } from './housing-labels';

/** Today's housing situation, always visible at the top of the citizen page. */
export function HousingNowBadge({ housing }: { housing: NonNullable<CitizenDetail['housing']> }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const current = housing.current;
  return (
    <Group gap="xs" wrap="wrap" data-testid="housing-now">
      <Text size="sm" fw={600}>
        {t('citizens.housing.now')}
      </Text>
      <StatusBadge tone={current ? housingTone(current.category) : 'neutral'}>
        {current ? t(`housingCategory.${current.category}`) : t('citizens.housing.notRecorded')}
      </StatusBadge>
      {current ? (
        <Text size="sm" c="dimmed">
          {t('citizens.housing.sinceDate', { date: formatIsoDate(current.fromDate, locale) })}
        </Text>
      ) : null}
      {housing.homelessSince !== null && housing.homelessDays !== null ? (
        <Text size="sm">
          {t('citizens.housing.homelessFor', { count: housing.homelessDays, date: formatIsoDate(housing.homelessSince, locale) })}
        </Text>
      ) : null}
    </Group>
  );
}
