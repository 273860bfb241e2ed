/**
 * Charts of key figures with @mantine/charts (Recharts underneath, styled by the Mantine theme
 * the app already uses; chosen over ECharts because it needs no second styling system and its
 * charts are React components). Every chart is a figure with its table beside it as the text
 * alternative: the chart is drawn for the eye, the table is what a screen reader and a
 * keyboard user read, and where a value opens the people behind it, the table's button does.
 */
import { BarChart, LineChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { Paper, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';

export interface ChartRow {
  readonly key: string;
  readonly label: string;
  /** The plotted number (a percentage or days); null when there is none (empty or hidden). */
  readonly value: number | null;
  /** The value as the table shows it ("87 %", "<5", "–"). */
  readonly shown: string;
  /** The counts behind it ("7 af 8"). */
  readonly detail: string;
  /** Opens the people behind the row (dashboard only). */
  readonly onOpen?: () => void;
}

interface FigureChartProps {
  readonly id: string;
  readonly title: string;
  readonly valueLabel: string;
  readonly rows: readonly ChartRow[];
  readonly unit: string;
  readonly kind: 'line' | 'bar';
}

export function FigureChart({ id, title, valueLabel, rows, unit, kind }: FigureChartProps) {
  const { t } = useTranslation();
  const data = rows.map((r) => ({ label: r.label, value: r.value }));
  const series = [{ name: 'value', label: valueLabel, color: 'teal.7' }];
  const chartProps = { h: 220, data, dataKey: 'label', series, unit, withTooltip: true, tickLine: 'y' as const };
  return (
    <Paper withBorder p="md" radius="md" component="figure" m={0} aria-labelledby={id} data-testid={`figure-${id}`}>
      <Title order={3} size="h5" id={id} component="figcaption" mb="sm">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed">{t('keyFigures.noRows')}</Text>
      ) : (
        <>
          <div aria-hidden="true" className="figure-chart">
            {/* The table below is the accessible form: the drawing takes no focus (Recharts' keyboard layer off). */}
            {kind === 'line' ? (
              <LineChart {...chartProps} connectNulls={false} lineChartProps={{ accessibilityLayer: false }} />
            ) : (
              <BarChart {...chartProps} barChartProps={{ accessibilityLayer: false }} />
            )}
          </div>
          <DataTable
            caption={t('keyFigures.tableOf', { title })}
            minWidth={320}
            testId={`table-${id}`}
            items={rows}
            rowKey={(row) => row.key}
            columns={[
              { header: t('keyFigures.group'), rowHeader: true, cell: (row) => row.label },
              { header: valueLabel, cell: (row) => row.shown },
              {
                header: t('keyFigures.basis'),
                cell: (row) =>
                  row.onOpen ? (
                    <UnstyledButton
                      className="figure-open"
                      onClick={row.onOpen}
                      aria-label={t('keyFigures.openGroup', { group: row.label, detail: row.detail })}
                    >
                      {row.detail}
                    </UnstyledButton>
                  ) : (
                    row.detail
                  ),
              },
            ]}
          />
        </>
      )}
    </Paper>
  );
}
