import { useState } from 'react';
import { Text } from '@mantine/core';
import { IconCalendarOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { HousingPeriod, HousingPeriodList } from '@hjemvej/contract';
import { DataTable, type Column } from '../../components/data-table';
import { RecordSection, type SectionQuery } from '../../components/record-section';
import { RowAction } from '../../components/row-action';
import { StatusBadge } from '../../components/status-badge';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate } from '../../format/date';
import { housingTone } from './housing-labels';
import { AddHousingPeriodModal, EndHousingPeriodModal } from './housing-period-modal';

/** The housing situation over time, newest first, with add and end. */
export function HousingSection({
  citizenId,
  query,
  canWrite,
}: {
  citizenId: string;
  /** The records' query: the citizen page reads it once, for this section and for the timeline. */
  query: SectionQuery<HousingPeriodList>;
  /** The server's `abilities.canEdit` for the citizen. */
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<HousingPeriod | null>(null);
  const columns: Column<HousingPeriod>[] = [
    {
      header: t('citizens.housing.category'),
      rowHeader: true,
      cell: (period) => <StatusBadge tone={housingTone(period.category)}>{t(`housingCategory.${period.category}`)}</StatusBadge>,
    },
    { header: t('citizens.housing.fromDate'), cell: (period) => formatIsoDate(period.fromDate, locale) },
    {
      header: t('citizens.housing.toDateColumn'),
      cell: (period) => (period.toDate ? formatIsoDate(period.toDate, locale) : t('citizens.housing.ongoing')),
    },
    {
      header: t('citizens.housing.note'),
      cell: (period) => (
        <Text size="sm" lineClamp={3}>
          {period.note ?? '–'}
        </Text>
      ),
    },
    { header: t('citizens.housing.createdBy'), cell: (period) => period.createdBy ?? '–' },
  ];
  if (canWrite) {
    columns.push({
      header: t('common.actions'),
      cell: (period) =>
        period.toDate === null ? (
          <RowAction
            label={t('citizens.housing.endNamed', { category: t(`housingCategory.${period.category}`) })}
            icon={<IconCalendarOff size={16} aria-hidden="true" />}
            onClick={() => setEnding(period)}
          />
        ) : null,
    });
  }
  return (
    <RecordSection
      name="housing"
      title={t('citizens.housing.title')}
      add={canWrite ? { label: t('citizens.housing.add'), onClick: () => setAdding(true) } : null}
      query={query}
      dialogs={
        <>
          {adding ? <AddHousingPeriodModal citizenId={citizenId} onClose={() => setAdding(false)} /> : null}
          {ending ? <EndHousingPeriodModal key={ending.id} period={ending} onClose={() => setEnding(null)} /> : null}
        </>
      }
    >
      {(list) => (
        <DataTable
          caption={t('citizens.housing.tableCaption')}
          minWidth={640}
          testId="housing-table"
          columns={columns}
          items={[...list.items].sort((a, b) => b.fromDate.localeCompare(a.fromDate))}
          rowKey={(period) => period.id}
          empty={t('citizens.housing.empty')}
        />
      )}
    </RecordSection>
  );
}
