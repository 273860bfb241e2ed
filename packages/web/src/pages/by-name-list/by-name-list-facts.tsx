import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ByNameListRow } from '@hjemvej/contract';
import { StatusBadge } from '../../components/status-badge';
import { LegalStatusBadge } from '../legal-checks/legal-status-badge';

/** The facts of one row, shown alike in the table (a desktop) and on the cards (a phone). */

export function rowName(row: ByNameListRow): string {
  const name = [row.firstName, row.lastName].filter(Boolean).join(' ');
  if (name && row.alias) return `${name} (${row.alias})`;
  return name || row.alias || '–';
}

export function useDays(): (value: number | null) => string {
  const { t } = useTranslation();
  return (value) => (value === null ? '–' : t('byNameList.days', { count: value }));
}

/** The name, linking to the citizen's page; in a card's heading it takes the heading's size. */
export function CitizenLink({ row, inHeading = false }: { row: ByNameListRow; inHeading?: boolean }) {
  return (
    <Anchor component={Link} to={`/citizens/${row.citizenId}`} {...(inHeading ? { inherit: true } : { size: 'sm' })}>
      {rowName(row)}
    </Anchor>
  );
}

export function ReturnedBadge({ row }: { row: ByNameListRow }) {
  const { t } = useTranslation();
  return row.returnedFromHousing ? (
    <div>
      <StatusBadge tone="warning" wrap>
        {t('byNameList.returned')}
      </StatusBadge>
    </div>
  ) : null;
}

export function DaysAtShelter({ row, showShelter }: { row: ByNameListRow; showShelter: boolean }) {
  const days = useDays();
  return (
    <>
      {days(row.daysAtShelter)}
      {showShelter && row.shelterName ? (
        <Text size="xs" c="dimmed">
          {row.shelterName}
        </Text>
      ) : null}
    </>
  );
}

/** The worst legal finding and how many, linking to the citizen's legal checks. */
export function WarningsLink({ row }: { row: ByNameListRow }) {
  const { t } = useTranslation();
  if (!row.warnings.worst) return <Text size="sm">{t('byNameList.noWarnings')}</Text>;
  return (
    <Anchor
      component={Link}
      to={`/citizens/${row.citizenId}#legal-checks-title`}
      title={row.warnings.messagesDa.join('\n')}
      aria-label={t('byNameList.warningsLink', {
        count: row.warnings.count,
        status: t(`legalChecks.status.${row.warnings.worst}`),
        name: rowName(row),
      })}
    >
      <Group gap={4} wrap="nowrap" component="span">
        <LegalStatusBadge status={row.warnings.worst} />
        <Text size="sm" component="span" aria-hidden="true">
          {row.warnings.count}
        </Text>
      </Group>
    </Anchor>
  );
}
