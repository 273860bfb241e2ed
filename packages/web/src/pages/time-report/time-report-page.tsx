import { useState } from 'react';
import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TimeReportBar } from '@hjemvej/contract';
import { ErrorAlert } from '../../components/error-alert';
import { StatusBadge } from '../../components/status-badge';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { CitizensBehind } from '../key-figures/citizens-behind';
import { todayInDenmark } from '../../format/date';
import { Fact } from '../../components/fact';
import { BarChart, formatDays } from './time-bar-chart';
import { useTimeReport, useTimeReportCitizens } from './use-time-report';
import './time-report.css';
import { DateField } from '../../components/date-field';
import { CompactButton } from '../../components/compact-button';

function yearBefore(date: string): string {
  return `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
}

/** Where time goes: lead time to own home, and where tasks wait (per flowcard step and per unit). */
export function TimeReportPage() {
  const { t, i18n } = useTranslation();
  const today = todayInDenmark();
  const [from, setFrom] = useState(yearBefore(today));
  const [to, setTo] = useState(today);
  const [bar, setBar] = useState<{ key: string; label: string } | null>(null);
  const report = useTimeReport(from, to);
  const behind = useTimeReportCitizens(from, to, bar?.key ?? null);
  const data = report.data;
  const share = data?.leadTime.shareWithinGoal;
  /** A new period closes the citizens behind a bar of the old one. */
  const changePeriod = (set: (value: string) => void) => (value: string) => {
    set(value);
    setBar(null);
  };
  /** Each chart marks the chosen bar; choosing one shows the citizens behind it, named by `label`. */
  const choosing = (label: (bar: TimeReportBar) => string) => ({
    selected: bar?.key ?? null,
    onSelect: (chosen: TimeReportBar) => setBar({ key: chosen.key, label: label(chosen) }),
  });
  return (
    <>
      <PageHeader title={t('timeReport.title')} description={t('timeReport.lead')} />
      <Group align="flex-end" mb="lg">
        <DateField label={t('timeReport.from')} value={from} onChange={changePeriod(setFrom)} />
        <DateField label={t('timeReport.to')} value={to} onChange={changePeriod(setTo)} />
      </Group>
      <ErrorAlert error={report.error} />
      {report.isPending ? <Loading /> : null}
      {data ? (
        <Stack gap="lg">
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="lead-time-heading">
            <Group justify="space-between" mb="sm">
              <Title order={2} size="h4" id="lead-time-heading">
                {t('timeReport.leadTimeTitle')}
              </Title>
              <CompactButton
                icon={null}
                label={t('timeReport.showCitizens')}
                disabled={data.leadTime.count === 0}
                onClick={() => setBar({ key: 'lead_time', label: t('timeReport.leadTimeTitle') })}
              />
            </Group>
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              <Fact label={t('timeReport.movedIn')}>{data.leadTime.count}</Fact>
              <Fact label={t('timeReport.median')}>
                {t('timeReport.days', { days: formatDays(data.leadTime.medianDays, i18n.language) })}
              </Fact>
              <Fact label={t('timeReport.p75')}>
                {t('timeReport.days', { days: formatDays(data.leadTime.p75Days, i18n.language) })}
              </Fact>
              <Fact label={t('timeReport.withinGoal', { days: data.goalDays })}>
                {share == null ? '–' : `${Math.round(share * 100)} %`}
              </Fact>
            </SimpleGrid>
          </Paper>
          <Text size="sm" c="dimmed">
            {t('timeReport.chartHelp')}
          </Text>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <BarChart id="steps-chart" title={t('timeReport.stepsTitle')} bars={data.steps} {...choosing((b) => b.label)} />
            <BarChart id="units-chart" title={t('timeReport.unitsTitle')} bars={data.units} {...choosing((b) => b.label)} />
          </SimpleGrid>
          <BarChart
            id="offers-chart"
            title={t('timeReport.offersTitle')}
            bars={data.offerSteps}
            counts="offers"
            {...choosing((b) => `${b.context ?? ''}: ${b.label}`)}
          />
          {bar ? (
            <CitizensBehind
              title={t('timeReport.behindTitle', { label: bar.label })}
              query={behind}
              citizenHeader={t('timeReport.citizen')}
              columns={[
                {
                  header: t('timeReport.daysColumn'),
                  cell: (item) => (
                    <>
                      {formatDays(item.days, i18n.language)}{' '}
                      {item.isOpen ? <StatusBadge tone="warning">{t('timeReport.stillOpen')}</StatusBadge> : null}
                    </>
                  ),
                },
              ]}
              empty={t('timeReport.noCitizens')}
            />
          ) : null}
        </Stack>
      ) : null}
    </>
  );
}
