import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { byNameListRoutes, type ByNameList } from '@hjemvej/contract';
import { call } from '../../api/client';
import { citizensQueryKey } from '../citizens/use-citizens';
import { StartCitizenLink, StartQueryBlock } from './start-block';
import { startPageRows, useStartPageQuery } from './use-home';
import { PlainList } from '../../components/plain-list';

/** What the start page calls new: admitted within the last week. */
export const newAdmissionDays = 7;

/**
 * The municipality's citizens most recently admitted to a § 110 shelter (the by-name list's
 * shelter residents, the shortest stays first): a caseworker learns of a new admission here,
 * not only from the shelter's notification.
 */
export function AdmissionsBlock() {
  const { t } = useTranslation();
  const admissions = useStartPageQuery([...citizensQueryKey, 'by-name-list', 'admissions'], (signal) =>
    call(byNameListRoutes.read, {
      query: { category: 'shelter_110', sort: 'daysAtShelter', dir: 'asc', page: 1, pageSize: startPageRows },
      signal,
    }),
  );
  return (
    <StartQueryBlock
      id="start-admissions"
      title={t('home.admissions.title')}
      link={{ to: '/by-name-list', label: t('home.admissions.open') }}
      query={admissions}
    >
      {(list) => <AdmissionList list={list} />}
    </StartQueryBlock>
  );
}

function AdmissionList({ list }: { list: ByNameList }) {
  const { t } = useTranslation();
  const recent = list.items.filter((row) => row.daysAtShelter !== null && row.daysAtShelter <= newAdmissionDays);
  return (
    <Stack gap="xs">
      <Text data-testid="start-admissions-summary">
        {recent.length === 0
          ? t('home.admissions.none', { days: newAdmissionDays })
          : t('home.admissions.summary', { count: recent.length, days: newAdmissionDays, total: list.total })}
      </Text>
      <PlainList gap="xs">
        {recent.map((row) => (
          <li key={row.citizenId}>
            <Group gap="xs" wrap="wrap" align="baseline">
              <StartCitizenLink citizen={row} />
              <Text size="sm" c="dimmed">
                {t('home.admissions.row', { shelter: row.shelterName ?? '–', count: row.daysAtShelter ?? 0 })}
              </Text>
            </Group>
          </li>
        ))}
      </PlainList>
    </Stack>
  );
}
