/**
 * One team's K14 as radar charts (@mantine/charts RadarChart, as the other key-figure charts):
 * the method module and the common Housing First module, latest beside previous, low fidelity at
 * the centre. The table under them is the text alternative and what a screen reader reads.
 */
import { RadarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { Badge, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { K14Team } from '@hjemvej/contract';
import { DataTable } from '../../components/data-table';
import { formatIsoDate } from '../../format/date';
import { useLanguage } from '../../i18n/use-language';
import { fidelityChartRows, formatScore, radarData, type FidelityChartRow } from './fidelity-chart-data';

export function FidelityRadar({ team }: { team: K14Team }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const rows = fidelityChartRows(team);
  const date = (d: string) => formatIsoDate(d, locale);
  const percent = (value: number | null) =>
    value === null ? t('fidelity.none') : t('fidelity.percent', { value: formatScore(value, locale) });
  const latestLabel = t('fidelity.latest', { date: date(team.latest.measuredOn) });
  const previousLabel = team.previous ? t('fidelity.previous', { date: date(team.previous.measuredOn) }) : null;
  const series = [
    { name: 'latest', label: latestLabel, color: 'teal.7', opacity: 0.35 },
    ...(previousLabel ? [{ name: 'previous', label: previousLabel, color: 'orange.6', opacity: 0.15 }] : []),
  ];
  const id = `fidelity-${team.unitId}`;
  const radar = (module: FidelityChartRow['module'], title: string) => (
    <div>
      <Text size="sm" fw={600} ta="center">
        {title}
      </Text>
      <RadarChart
        h={300}
        data={radarData(rows, module)}
        dataKey="element"
        series={series}
        withLegend={previousLabel !== null}
        withPolarRadiusAxis
        polarAngleAxisProps={{ tick: { fontSize: 11 } }}
        legendProps={{ verticalAlign: 'bottom', height: 48 }}
        polarRadiusAxisProps={{ domain: [0, 100], tickCount: 5, angle: 90 }}
        radarChartProps={{ accessibilityLayer: false }}
      />
    </div>
  );
  const methodName = t(`fidelity.method.${team.method}`);
  const total = { key: 'total', module: 'method' as const, label: t('fidelity.total'), ...team.total };
  return (
    <Paper withBorder p="md" radius="md" component="figure" m={0} aria-labelledby={id} data-testid={`fidelity-${team.method}`}>
      <Group justify="space-between" align="flex-start" mb="xs">
        <Title order={3} size="h5" id={id} component="figcaption">
          {t('fidelity.radarTitle', { team: team.unitName, method: methodName })}
        </Title>
        <Badge variant="light" color={team.dueState === 'overdue' ? 'red' : team.dueState === 'due' ? 'orange' : 'gray'}>
          {t(`fidelity.due.${team.dueState}`, { date: date(team.nextDueOn) })}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {t('fidelity.ratedBy', {
          rater: t(`fidelity.rater.${team.latest.raterType}`),
          method: t(`fidelity.collection.${team.latest.collectionMethod}`),
        })}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} aria-hidden="true" className="figure-chart">
        {radar('method', methodName)}
        {radar('common', t('fidelity.common'))}
      </SimpleGrid>
      <DataTable
        caption={t('fidelity.tableCaption', { team: team.unitName })}
        minWidth={320}
        testId={`fidelity-table-${team.method}`}
        items={[...rows, total]}
        rowKey={(row) => row.key}
        columns={[
          {
            header: t('fidelity.element'),
            rowHeader: true,
            cell: (row) => (row.module === 'common' ? `${t('fidelity.common')}: ${row.label}` : row.label),
          },
          { header: latestLabel, cell: (row) => percent(row.latest) },
          { header: previousLabel ?? t('fidelity.noPrevious'), cell: (row) => percent(row.previous) },
          {
            header: t('fidelity.change'),
            cell: (row) =>
              row.change === null
                ? t('fidelity.none')
                : t('fidelity.changePoints', { value: `${row.change > 0 ? '+' : ''}${formatScore(row.change, locale)}` }),
          },
        ]}
      />
    </Paper>
  );
}
