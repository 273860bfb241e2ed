/**
 * Method fidelity (K14): the support teams' latest measurement per core element with the previous
 * beside it (a radar chart with its table), all measurements, and the form that records a new
 * one. A team's members see and record their own team's; the municipality's leaders and
 * administrators every team's (the server decides: `GET /api/fidelity`).
 */
import { useState } from 'react';
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FidelityOverview } from '@hjemvej/contract';
import { DataTable } from '../../components/data-table';
import { DateField } from '../../components/date-field';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { formatIsoDate, todayInDenmark } from '../../format/date';
import { useLanguage } from '../../i18n/use-language';
import { formatScore } from './fidelity-chart-data';
import { FidelityFormModal } from './fidelity-form-modal';
import { FidelityRadar } from './fidelity-radar';
import { useFidelity } from './use-fidelity';

/** The K14 radars of every team in the overview (the dashboard shows the same). */
export function FidelityFigures({ overview }: { overview: FidelityOverview }) {
  const { t } = useTranslation();
  if (overview.k14.length === 0) return <Text c="dimmed">{t('fidelity.noMeasurements')}</Text>;
  return (
    <Stack gap="md">
      {overview.k14.map((team) => (
        <FidelityRadar key={`${team.unitId}-${team.method}`} team={team} />
      ))}
    </Stack>
  );
}

export function FidelityPage() {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const [referenceDate, setReferenceDate] = useState(todayInDenmark());
  const [recording, setRecording] = useState(false);
  const fidelity = useFidelity({ referenceDate });
  const data = fidelity.data;
  const percent = (value: number | null) =>
    value === null ? t('fidelity.none') : t('fidelity.percent', { value: formatScore(value, locale) });
  return (
    <>
      <PageHeader
        title={t('fidelity.title')}
        description={t('fidelity.lead')}
        create={data && data.teams.length > 0 ? { label: t('fidelity.record'), onClick: () => setRecording(true) } : null}
      />
      <DateField
        label={t('fidelity.referenceDate')}
        value={referenceDate}
        max={todayInDenmark()}
        onChange={setReferenceDate}
        mb="lg"
      />
      <ErrorAlert error={fidelity.error} />
      {fidelity.isPending ? <Loading /> : null}
      {data ? (
        <Stack gap="lg">
          {data.teams.length === 0 && data.k14.length === 0 ? <Text>{t('fidelity.noTeams')}</Text> : null}
          <section aria-labelledby="k14-heading">
            <Title order={2} size="h4" id="k14-heading" mb="sm">
              {t('fidelity.k14Title')}
            </Title>
            <FidelityFigures overview={data} />
          </section>
          <section aria-labelledby="measurements-heading">
            <Title order={2} size="h4" id="measurements-heading" mb="sm">
              {t('fidelity.measurementsTitle')}
            </Title>
            <DataTable
              caption={t('fidelity.measurementsTitle')}
              minWidth={560}
              testId="fidelity-measurements"
              items={data.measurements}
              rowKey={(m) => m.id}
              empty={t('fidelity.noMeasurements')}
              columns={[
                { header: t('fidelity.column.measuredOn'), rowHeader: true, cell: (m) => formatIsoDate(m.measuredOn, locale) },
                { header: t('fidelity.column.team'), cell: (m) => `${m.unitName} (${t(`fidelity.method.${m.method}`)})` },
                { header: t('fidelity.column.rater'), cell: (m) => t(`fidelity.rater.${m.raterType}`) },
                { header: t('fidelity.column.collection'), cell: (m) => t(`fidelity.collection.${m.collectionMethod}`) },
                { header: t('fidelity.column.total'), cell: (m) => percent(m.total) },
                { header: t('fidelity.column.createdBy'), cell: (m) => m.createdBy ?? t('fidelity.none') },
              ]}
            />
          </section>
          {recording ? <FidelityFormModal overview={data} onClose={() => setRecording(false)} /> : null}
        </Stack>
      ) : null}
    </>
  );
}
