import { useState } from 'react';
import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StatusReportOutput, StatusReportTable } from '@hjemvej/contract';
import { DateField } from '../../components/date-field';
import { ErrorAlert } from '../../components/error-alert';
import { HeadedCard } from '../../components/headed-card';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { TableFrame } from '../../components/table-frame';
import { todayInDenmark } from '../../format/date';
import { downloadFormats, statusReportDownloadUrl, useStatusReport } from './use-status-report';
import './status-report.css';

/** The first day of the year before today's: the default period is last calendar year. */
function lastYear(today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4)) - 1;
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

export function ReportTableView({ table, columns, id }: { table: StatusReportTable; columns: readonly string[]; id: string }) {
  const { t } = useTranslation();
  return (
    <div className="report-table">
      <Title order={4} size="h6" id={id} mb={4}>
        {table.title}
      </Title>
      <TableFrame caption={table.title} minWidth={480} testId={`report-table-${table.key}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{table.rowHeader}</Table.Th>
            {columns.map((c) => (
              <Table.Th scope="col" key={c} ta="right">
                {c}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row) => (
            <Table.Tr key={row.label} fw={row.isTotal ? 700 : undefined}>
              <Table.Th scope="row" fw={row.isTotal ? 700 : 500}>
                {row.label}
              </Table.Th>
              {row.cells.map((cell, i) => (
                <Table.Td key={columns[i] ?? i} ta="right">
                  {cell.text}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </TableFrame>
      {table.chart ? (
        <figure className="report-chart" aria-labelledby={`${id}-figure`}>
          <figcaption id={`${id}-figure`}>
            <Text size="sm" fs="italic">
              {t('statusReport.figure', { title: table.title })}{' '}
              <span className="visually-hidden">{t('statusReport.chartHelp')}</span>
            </Text>
          </figcaption>
          {/* The table above is the text alternative: the drawing is for the eye and takes no focus. */}
          <div aria-hidden="true">
            <BarChart
              h={Math.max(160, table.rows.length * 44)}
              orientation="vertical"
              data={table.rows
                .filter((r) => !r.isTotal)
                .map((r) => ({ label: r.label, previous: r.cells[0]?.value ?? null, current: r.cells[1]?.value ?? null }))}
              dataKey="label"
              series={[
                { name: 'previous', label: columns[0], color: 'gray.5' },
                { name: 'current', label: columns[1], color: 'teal.7' },
              ]}
              valueFormatter={(value) => (table.unit === 'share' ? `${value} %` : String(value))}
              xAxisProps={table.unit === 'share' ? { domain: [0, 100] } : {}}
              withLegend
              yAxisProps={{ width: 200 }}
              barChartProps={{ accessibilityLayer: false }}
            />
          </div>
        </figure>
      ) : null}
    </div>
  );
}

function Report({ report }: { report: StatusReportOutput }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h3" mb="xs">
          {report.title} · {report.municipalityName}
        </Title>
        {report.introduction.map((text) => (
          <Text key={text} size="sm" mb="xs">
            {text}
          </Text>
        ))}
      </Paper>
      {report.hasData ? null : <Alert color="gray">{t('statusReport.noData')}</Alert>}
      {report.parts.map((part) => (
        <HeadedCard key={part.key} component="section" headingId={`part-${part.key}`} title={part.title} size="h3" headingMb="sm">
          {part.emptyText ? <Text c="dimmed">{part.emptyText}</Text> : null}
          <Stack gap="md">
            {part.sections.map((section) => (
              <section
                key={section.key}
                aria-labelledby={part.key === 'goals' ? `part-${part.key}` : `section-${part.key}-${section.key}`}
              >
                {/* The goals part has one section of the same name: its heading would say it twice. */}
                {part.key === 'goals' ? null : (
                  <Title order={3} size="h4" id={`section-${part.key}-${section.key}`} mb="xs">
                    {section.title}
                  </Title>
                )}
                {section.texts.map((text) => (
                  <Text key={text} size="sm" mb="xs">
                    {text}
                  </Text>
                ))}
                {section.emptyText ? (
                  <Text size="sm" c="dimmed" fs="italic">
                    {section.emptyText}
                  </Text>
                ) : null}
                <Stack gap="md">
                  {section.tables.map((table) => (
                    <ReportTableView key={table.key} table={table} columns={report.columns} id={`table-${table.key}`} />
                  ))}
                </Stack>
              </section>
            ))}
          </Stack>
        </HeadedCard>
      ))}
    </Stack>
  );
}

/** The status report for the steering group and the city council: the page, and the same report as PDF, XLSX and CSV. */
export function StatusReportPage() {
  const { t } = useTranslation();
  const today = todayInDenmark();
  const initial = lastYear(today);
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [referenceDate, setReferenceDate] = useState(today);
  const query = { from, to, referenceDate };
  const report = useStatusReport(query);
  const canDownload = report.data !== undefined && !report.isError && !report.isPlaceholderData;
  return (
    <>
      <PageHeader title={t('statusReport.title')} description={t('statusReport.lead')} />
      <Group align="flex-end" mb="md" wrap="wrap">
        <DateField label={t('statusReport.from')} value={from} onChange={setFrom} />
        <DateField label={t('statusReport.to')} value={to} onChange={setTo} />
        <DateField label={t('statusReport.referenceDate')} value={referenceDate} onChange={setReferenceDate} />
      </Group>
      <section aria-labelledby="downloads-heading" className="report-downloads">
        <Title order={2} size="h5" id="downloads-heading" mb={4}>
          {t('statusReport.download')}
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {t('statusReport.downloadHelp')}
        </Text>
        <Group gap="sm" mb="lg">
          {downloadFormats.map((format) => (
            <Button
              key={format}
              component="a"
              href={canDownload ? statusReportDownloadUrl(format, query) : undefined}
              download
              variant={format === 'pdf' ? 'filled' : 'default'}
              leftSection={<IconDownload size={16} aria-hidden="true" />}
              data-disabled={canDownload ? undefined : true}
              aria-disabled={!canDownload}
              onClick={(event) => {
                if (!canDownload) event.preventDefault();
              }}
            >
              {t(`statusReport.downloadAs.${format}`)}
            </Button>
          ))}
        </Group>
      </section>
      <ErrorAlert error={report.error} />
      {report.isPending && !report.isError ? <Loading /> : null}
      {report.data && !report.isError ? <Report report={report.data} /> : null}
    </>
  );
}
