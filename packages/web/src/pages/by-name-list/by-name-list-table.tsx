import { Anchor, Group, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ByNameListRow, ByNameListSort } from '@hjemvej/contract';
import { EmptyRow } from '../../components/empty-row';
import { StatusBadge } from '../../components/status-badge';
import { TableFrame } from '../../components/table-frame';
import { LegalStatusBadge } from '../legal-checks/legal-status-badge';

interface SortState {
  sort: ByNameListSort;
  dir: 'asc' | 'desc';
}

function rowName(row: ByNameListRow): string {
  const name = [row.firstName, row.lastName].filter(Boolean).join(' ');
  if (name && row.alias) return `${name} (${row.alias})`;
  return name || row.alias || '–';
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
    <Table.Th scope="col" aria-sort={active ? (state.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton onClick={() => onSort(column)} aria-label={t('byNameList.sortBy', { column: label })}>
        <Group gap={4} wrap="nowrap">
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
  const days = (value: number | null) => (value === null ? '–' : t('byNameList.days', { count: value }));
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
        {rows.map((row) => {
          const name = rowName(row);
          return (
            <Table.Tr key={row.citizenId} data-testid="by-name-list-row" data-citizen={row.citizenId}>
              <Table.Td>
                <Anchor component={Link} to={`/citizens/${row.citizenId}`} size="sm">
                  {name}
                </Anchor>
                {row.returnedFromHousing ? (
                  <div>
                    <StatusBadge tone="warning">{t('byNameList.returned')}</StatusBadge>
                  </div>
                ) : null}
              </Table.Td>
              <Table.Td>{row.cpr ?? '–'}</Table.Td>
              <Table.Td>{t(`housingCategory.${row.category}`)}</Table.Td>
              <Table.Td>{days(row.daysHomeless)}</Table.Td>
              <Table.Td>
                {days(row.daysAtShelter)}
                {showShelter && row.shelterName ? (
                  <Text size="xs" c="dimmed">
                    {row.shelterName}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{t(`byNameList.nextStep.${row.nextStep}`)}</Table.Td>
              <Table.Td>{row.responsible ?? '–'}</Table.Td>
              <Table.Td>
                {row.warnings.worst ? (
                  <Anchor
                    component={Link}
                    to={`/citizens/${row.citizenId}#legal-checks-title`}
                    title={row.warnings.messagesDa.join('\n')}
                    aria-label={t('byNameList.warningsLink', {
                      count: row.warnings.count,
                      status: t(`legalChecks.status.${row.warnings.worst}`),
                      name,
                    })}
                  >
                    <Group gap={4} wrap="nowrap">
                      <LegalStatusBadge status={row.warnings.worst} />
                      <Text size="sm" component="span" aria-hidden="true">
                        {row.warnings.count}
                      </Text>
                    </Group>
                  </Anchor>
                ) : (
                  <Text size="sm">{t('byNameList.noWarnings')}</Text>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </TableFrame>
  );
}
