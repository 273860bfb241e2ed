import { useState } from 'react';
import { Box, Group, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { homelessCategories, supportMethods } from '@hjemvej/domain';
import { byNameListSortKeys, type ByNameListSort } from '@hjemvej/contract';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate } from '../../format/date';
import { ByNameListCards } from './by-name-list-cards';
import { ByNameListTable } from './by-name-list-table';
import { byNameListPageSize, useByNameList } from './use-by-name-list';

type MethodFilter = (typeof supportMethods)[number] | 'none';
type WarningFilter = 'any' | 'none';
const methodLabels: Record<(typeof supportMethods)[number], string> = { cti: 'CTI', icm: 'ICM', act: 'ACT', m_act: 'M-ACT' };

/** Sort columns whose natural first direction is "most first". */
const descendingFirst = new Set<ByNameListSort>(['daysHomeless', 'daysAtShelter', 'warnings']);

/** "Hjemløse borgere" for a municipality, "Ophold og frister" for a shelter. */
export function ByNameListPage() {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const { user } = useSession();
  const isShelter = user?.organisation.kind === 'shelter';
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const [category, setCategory] = useState<(typeof homelessCategories)[number] | undefined>(undefined);
  const [method, setMethod] = useState<MethodFilter | undefined>(undefined);
  // The start page links here with its filter (?warning=any&sort=warnings): the list opens on it.
  const [params] = useSearchParams();
  const [warning, setWarning] = useState<WarningFilter | undefined>(params.get('warning') === 'any' ? 'any' : undefined);
  const sortParam = byNameListSortKeys.find((key) => key === params.get('sort'));
  const [sort, setSort] = useState<{ sort: ByNameListSort; dir: 'asc' | 'desc' }>({
    sort: sortParam ?? 'daysHomeless',
    dir: sortParam && !descendingFirst.has(sortParam) ? 'asc' : 'desc',
  });
  const [page, setPage] = useState(1);
  const list = useByNameList({
    ...sort,
    category,
    method,
    warning,
    search: debouncedSearch,
    page,
    pageSize: byNameListPageSize,
  });

  const onSort = (column: ByNameListSort) => {
    setSort((current) =>
      current.sort === column
        ? { sort: column, dir: current.dir === 'asc' ? 'desc' : 'asc' }
        : { sort: column, dir: descendingFirst.has(column) ? 'desc' : 'asc' },
    );
    setPage(1);
  };
  const filterChanged =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(1);
    };

  return (
    <>
      <PageHeader
        title={t(isShelter ? 'byNameList.titleShelter' : 'byNameList.title')}
        description={t(isShelter ? 'byNameList.descriptionShelter' : 'byNameList.description')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" mb="md" role="search" aria-label={t('byNameList.filters')}>
        <TextInput
          label={t('byNameList.search')}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          value={search}
          onChange={(event) => filterChanged(setSearch)(event.currentTarget.value)}
        />
        <Select
          label={t('byNameList.category')}
          data={[
            { value: '', label: t('byNameList.all') },
            ...homelessCategories.map((value) => ({ value, label: t(`housingCategory.${value}`) })),
          ]}
          value={category ?? ''}
          allowDeselect={false}
          onChange={(value) => filterChanged(setCategory)(homelessCategories.find((c) => c === value))}
        />
        <Select
          label={t('byNameList.method')}
          data={[
            { value: '', label: t('byNameList.all') },
            ...supportMethods.map((value) => ({ value, label: methodLabels[value] })),
            { value: 'none', label: t('byNameList.methodNone') },
          ]}
          value={method ?? ''}
          allowDeselect={false}
          onChange={(value) => filterChanged(setMethod)(value === 'none' ? 'none' : supportMethods.find((m) => m === value))}
        />
        <Select
          label={t('byNameList.warning')}
          data={[
            { value: '', label: t('byNameList.all') },
            { value: 'any', label: t('byNameList.warningAny') },
            { value: 'none', label: t('byNameList.warningNone') },
          ]}
          value={warning ?? ''}
          allowDeselect={false}
          onChange={(value) => filterChanged(setWarning)(value === 'any' || value === 'none' ? value : undefined)}
        />
      </SimpleGrid>
      <ErrorAlert error={list.error} />
      {list.isPending ? <Loading minHeight={240} /> : null}
      {list.data ? (
        <>
          <Group justify="space-between" mb="xs">
            <Text size="sm" fw={600}>
              {t('byNameList.total', { count: list.data.total })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('byNameList.asOf', { date: formatIsoDate(list.data.asOf, locale) })}
            </Text>
          </Group>
          {/* A phone gets cards with the same facts (the table would show three of its eight columns). */}
          <Box visibleFrom="sm">
            <ByNameListTable rows={list.data.items} state={sort} onSort={onSort} showShelter={!isShelter} />
          </Box>
          <Box hiddenFrom="sm">
            <Group grow gap="xs" mb="sm" align="flex-end">
              <Select
                label={t('byNameList.sortLabel')}
                data={byNameListSortKeys.map((value) => ({ value, label: t(`byNameList.column.${value}`) }))}
                value={sort.sort}
                allowDeselect={false}
                onChange={(value) => {
                  const column = byNameListSortKeys.find((key) => key === value);
                  if (column && column !== sort.sort) onSort(column);
                }}
              />
              <Select
                label={t('byNameList.sortOrder')}
                data={[
                  { value: 'asc', label: t('byNameList.sortedAsc') },
                  { value: 'desc', label: t('byNameList.sortedDesc') },
                ]}
                value={sort.dir}
                allowDeselect={false}
                onChange={(value) => {
                  if (value && value !== sort.dir) onSort(sort.sort);
                }}
              />
            </Group>
            <ByNameListCards rows={list.data.items} showShelter={!isShelter} />
          </Box>
          <Pager
            page={page}
            pageSize={byNameListPageSize}
            total={list.data.total}
            onChange={setPage}
            label={t(isShelter ? 'byNameList.titleShelter' : 'byNameList.title')}
          />
        </>
      ) : null}
    </>
  );
}
