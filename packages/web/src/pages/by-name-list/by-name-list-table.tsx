import { Group, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ByNameListRow, ByNameListSort } from '@hjemvej/contract';
import { EmptyRow } from '../../components/empty-row';
import { TableFrame } from '../../components/table-frame';
import { CitizenLink, DaysAtShelter, ReturnedBadge, WarningsLink, useDays } from './by-name-list-facts';

export interface SortState {
  sort: ByNameListSort;
  dir: 'asc' | 'desc';
}

function SortHeader({
  column,
  state,
  onSort,
}: {
  column: ByNameListSort;
  state: SortState;
  onSort: (column: ByNameListSort) => void;
}) {
  const { t } = useTranslation();
  const active = state.sort === column;
  const Icon = !active ? IconArrowsSort : state.dir === 'asc' ? IconArrowUp : IconArrowDown;
  const label = t(`byNameList.column.${column}`);
  return (
    <Table.Th
      scope="col"
      aria-sort={active ? (state.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
      // Unlike other tables' headings (styles.css), these wrap: every column fits beside the navigation at 1280 px.
      style={{ whiteSpace: 'normal' }}
    >
      <UnstyledButton onClick={() => onSort(column)} aria-label={t('byNameList.sortBy', { column: label })}>
        <Group gap={4}>
          <Text fw={700} size="sm">
            {label}
          </Text>
          <Icon size={14} aria-hidden="true" />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

export function ByNameListTable({
  rows,
  state,
  onSort,
  showShelter,
}: {
  rows: readonly ByNameListRow[];
  state: SortState;
  onSort: (column: ByNameListSort) => void;
  showShelter: boolean;
}) {
  const { t } = useTranslation();
  const days = useDays();
  return (
    <TableFrame caption={t('byNameList.title')} minWidth={980} testId="by-name-list-table">
      <Table.Thead>
        <Table.Tr>
          <SortHeader column="name" state={state} onSort={onSort} />
          <Table.Th scope="col">{t('byNameList.column.cpr')}</Table.Th>
          <SortHeader column="category" state={state} onSort={onSort} />
          <SortHeader column="daysHomeless" state={state} onSort={onSort} />
          <SortHeader column="daysAtShelter" state={state} onSort={onSort} />
          <SortHeader column="nextStep" state={state} onSort={onSort} />
          <Table.Th scope="col">{t('byNameList.column.responsible')}</Table.Th>
          <SortHeader column="warnings" state={state} onSort={onSort} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.length === 0 ? <EmptyRow colSpan={8}>{t('byNameList.empty')}</EmptyRow> : null}
        {rows.map((row) => (
          <Table.Tr key={row.citizenId} data-testid="by-name-list-row" data-citizen={row.citizenId}>
            <Table.Td>
              <CitizenLink row={row} />
              <ReturnedBadge row={row} />
            </Table.Td>
            <Table.Td>{row.cpr ?? '–'}</Table.Td>
            <Table.Td>{t(`housingCategory.${row.category}`)}</Table.Td>
            <Table.Td>{days(row.daysHomeless)}</Table.Td>
            <Table.Td>
              <DaysAtShelter row={row} showShelter={showShelter} />
            </Table.Td>
            <Table.Td>{t(`byNameList.nextStep.${row.nextStep}`)}</Table.Td>
            <Table.Td>{row.responsible ?? '–'}</Table.Td>
            <Table.Td>
              <WarningsLink row={row} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </TableFrame>
  );
}
