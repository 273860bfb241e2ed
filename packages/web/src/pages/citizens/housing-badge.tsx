import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CitizenDetail } from '@hjemvej/contract';
import { StatusBadge } from '../../components/status-badge';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate } from '../../format/date';
import { housingTone } from './housing-labels';

/**
 * Today's housing situation, always visible at the top of the citizen page. Without a recorded
 * period, an open § 110 stay means the citizen is at a shelter: the same rule the by-name list
 * counts by (course_status), so the page and the list tell one truth.
 */
export function HousingNowBadge({
  housing,
  openStay = null,
}: {
  housing: NonNullable<CitizenDetail['housing']>;
  openStay?: Pick<NonNullable<CitizenDetail['openStay']>, 'admittedOn' | 'shelter'> | null;
}) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const fromStay = housing.current === null && openStay !== null;
  const current = housing.current ?? (openStay ? { category: 'shelter_110' as const, fromDate: openStay.admittedOn } : null);
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
          {fromStay && openStay ? ` ${t('citizens.housing.fromStay', { shelter: openStay.shelter.name })}` : ''}
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
