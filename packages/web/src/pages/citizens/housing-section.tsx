import { useState } from 'react';
import { Button, Table, Text } from '@mantine/core';
import { IconCalendarOff, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { HousingPeriod, HousingPeriodList } from '@hjemvej/contract';
import { EmptyRow } from '../../components/empty-row';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { RowAction } from '../../components/row-action';
import { StatusBadge } from '../../components/status-badge';
import { TableFrame } from '../../components/table-frame';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate } from '../../format/date';
import { housingTone } from './housing-labels';
import { AddHousingPeriodModal, EndHousingPeriodModal } from './housing-period-modal';
import { SectionTitle } from '../../components/section-title';

/** The housing situation over time, newest first, with add and end. */
export function HousingSection({
  citizenId,
  data,
  error,
  isPending,
  canWrite,
}: {
  citizenId: string;
  data: HousingPeriodList | undefined;
  error: unknown;
  isPending: boolean;
  /** The server's `abilities.canEdit` for the citizen. */
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<HousingPeriod | null>(null);
  const periods = [...(data?.items ?? [])].sort((a, b) => b.fromDate.localeCompare(a.fromDate));
  return (
    <section aria-labelledby="housing-heading">
      <SectionTitle
        id="housing-heading"
        actions={
          canWrite ? (
            <Button
              size="sm"
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden="true" />}
              onClick={() => setAdding(true)}
            >
              {t('citizens.housing.add')}
            </Button>
          ) : null
        }
      >
        {t('citizens.housing.title')}
      </SectionTitle>
      <ErrorAlert error={error} />
      {isPending ? <Loading /> : null}
      {data ? (
        <TableFrame caption={t('citizens.housing.tableCaption')} minWidth={640} testId="housing-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('citizens.housing.category')}</Table.Th>
              <Table.Th scope="col">{t('citizens.housing.fromDate')}</Table.Th>
              <Table.Th scope="col">{t('citizens.housing.toDateColumn')}</Table.Th>
              <Table.Th scope="col">{t('citizens.housing.note')}</Table.Th>
              <Table.Th scope="col">{t('citizens.housing.createdBy')}</Table.Th>
              {canWrite ? <Table.Th scope="col">{t('common.actions')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {periods.length === 0 ? <EmptyRow colSpan={canWrite ? 6 : 5}>{t('citizens.housing.empty')}</EmptyRow> : null}
            {periods.map((period) => {
              const label = t(`housingCategory.${period.category}`);
              return (
                <Table.Tr key={period.id}>
                  <Table.Th scope="row" fw={400}>
                    <StatusBadge tone={housingTone(period.category)}>{label}</StatusBadge>
                  </Table.Th>
                  <Table.Td>{formatIsoDate(period.fromDate, locale)}</Table.Td>
                  <Table.Td>{period.toDate ? formatIsoDate(period.toDate, locale) : t('citizens.housing.ongoing')}</Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={3}>
                      {period.note ?? '–'}
                    </Text>
                  </Table.Td>
                  <Table.Td>{period.createdBy ?? '–'}</Table.Td>
                  {canWrite ? (
                    <Table.Td>
                      {period.toDate === null ? (
                        <RowAction
                          label={t('citizens.housing.endNamed', { category: label })}
                          icon={<IconCalendarOff size={16} aria-hidden="true" />}
                          onClick={() => setEnding(period)}
                        />
                      ) : null}
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </TableFrame>
      ) : null}
      {adding ? <AddHousingPeriodModal citizenId={citizenId} onClose={() => setAdding(false)} /> : null}
      {ending ? <EndHousingPeriodModal key={ending.id} period={ending} onClose={() => setEnding(null)} /> : null}
    </section>
  );
}
