import { Group, Paper, Text, Title, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconScale } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TimeReportBar, TimeReportLegalDeadline } from '@hjemvej/contract';
import { StatusBadge } from '../../components/status-badge';

export function formatDays(n: number | null, locale: string): string {
  return n === null ? '–' : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
}

/**
 * A horizontal bar chart in HTML: every bar is a button that opens the citizens behind it, and
 * its text says what the bar shows, so the chart reads the same without seeing it.
 */
export function BarChart({
  id,
  title,
  bars,
  selected,
  onSelect,
  counts = 'tasks',
}: {
  id: string;
  title: string;
  bars: readonly TimeReportBar[];
  selected: string | null;
  onSelect: (bar: TimeReportBar) => void;
  /** What a bar counts: tasks waiting, or housing offers. */
  counts?: 'tasks' | 'offers';
}) {
  const { t, i18n } = useTranslation();
  const max = Math.max(1, ...bars.map((b) => b.meanDays));
  return (
    <Paper withBorder p="md" radius="md" component="figure" m={0} aria-labelledby={id} data-testid={`chart-${id}`}>
      <Title order={2} size="h4" id={id} component="figcaption" mb="sm">
        {title}
      </Title>
      {bars.length === 0 ? <Text c="dimmed">{t(counts === 'offers' ? 'timeReport.noOffers' : 'timeReport.noTasks')}</Text> : null}
      <ul className="time-bars">
        {bars.map((bar) => (
          <li key={bar.key}>
            <UnstyledButton
              className="time-bar"
              aria-pressed={selected === bar.key}
              onClick={() => onSelect(bar)}
              aria-label={t(counts === 'offers' ? 'timeReport.offerBarLabel' : 'timeReport.barLabel', {
                label: bar.label,
                context: bar.context ?? '',
                mean: formatDays(bar.meanDays, i18n.language),
                median: formatDays(bar.medianDays, i18n.language),
                count: bar.taskCount,
                open: bar.openCount,
              })}
            >
              <span className="time-bar-label">
                <span className="time-bar-name">{bar.label}</span>
                {bar.context ? <span className="time-bar-context">{bar.context}</span> : null}
              </span>
              <span className="time-bar-track" aria-hidden="true">
                <span className="time-bar-fill" style={{ width: `${Math.max(2, (bar.meanDays / max) * 100)}%` }} />
              </span>
              <span className="time-bar-value" aria-hidden="true">
                {t(counts === 'offers' ? 'timeReport.offerBarValue' : 'timeReport.barValue', {
                  mean: formatDays(bar.meanDays, i18n.language),
                  count: bar.taskCount,
                })}
              </span>
            </UnstyledButton>
            {bar.legalDeadline ? <LegalDeadlineNote deadline={bar.legalDeadline} /> : null}
          </li>
        ))}
      </ul>
    </Paper>
  );
}

/**
 * The law's deadline for a step, beside its average: the paragraph, and a mark in words with an
 * icon (never colour alone) when the average or the median is past it.
 */
export function LegalDeadlineNote({ deadline }: { deadline: TimeReportLegalDeadline }) {
  const { t } = useTranslation();
  const over =
    deadline.meanOver && deadline.medianOver
      ? t('timeReport.overDeadlineBoth')
      : deadline.meanOver
        ? t('timeReport.overDeadlineMean')
        : deadline.medianOver
          ? t('timeReport.overDeadlineMedian')
          : null;
  return (
    <Group gap="xs" className="time-bar-deadline" wrap="wrap" data-testid="legal-deadline">
      <Text size="xs" component="span">
        <IconScale size={14} aria-hidden="true" className="time-bar-deadline-icon" />{' '}
        {t(deadline.kind === 'working' ? 'timeReport.legalDeadlineWorking' : 'timeReport.legalDeadlineCalendar', {
          days: deadline.days,
          calendarDays: deadline.calendarDaysAtMost,
          law: deadline.law,
          paragraph: deadline.paragraph,
        })}
      </Text>
      {over ? (
        <span className="time-bar-over">
          <IconAlertTriangle size={14} aria-hidden="true" />
          <StatusBadge tone="danger" wrap>
            {over}
          </StatusBadge>
        </span>
      ) : null}
    </Group>
  );
}
