/**
 * The effects of the course's goals: each goal's frozen baseline against now on live data
 * (published, so a hidden value shows its label), the change, whether it moved the right way
 * and the target. Shown on the effect presentation and on the municipality's dashboard.
 */
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TaskforceEffect } from '@hjemvej/contract';
import { StatusBadge, type BadgeTone } from '../../components/status-badge';
import { DataTable } from '../../components/data-table';
import { ValueWithNote } from '../../components/value-with-note';
import { formatIsoDate } from '../../format/date';
import { formatNumber } from '../../format/number';
import { useLanguage } from '../../i18n/use-language';

const directionTone: Record<TaskforceEffect['direction'], BadgeTone> = {
  better: 'success',
  worse: 'danger',
  unchanged: 'neutral',
  unknown: 'neutral',
};

export function EffectsTable({
  effects,
  caption,
  testId,
}: {
  effects: readonly TaskforceEffect[];
  caption: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const value = (display: TaskforceEffect['display'], v: number) =>
    display === 'share'
      ? `${formatNumber(v, locale)} %`
      : display === 'days'
        ? t('taskforceReport.effects.days', { days: formatNumber(v, locale) })
        : formatNumber(v, locale);
  const period = (from: string, to: string) => `${formatIsoDate(from, locale)}–${formatIsoDate(to, locale)}`;
  if (effects.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('taskforceReport.effects.none')}
      </Text>
    );
  return (
    <DataTable<TaskforceEffect>
      caption={caption}
      minWidth={640}
      testId={testId}
      items={effects}
      rowKey={(e) => e.goalId}
      columns={[
        {
          header: t('taskforceReport.effects.goal'),
          rowHeader: true,
          cell: (e) => <ValueWithNote value={e.measureName} note={e.pointTitle} />,
        },
        {
          header: t('taskforceReport.effects.baseline'),
          cell: (e) => (
            <ValueWithNote value={value(e.display, e.baseline)} note={period(e.baselinePeriod.from, e.baselinePeriod.to)} />
          ),
        },
        {
          header: t('taskforceReport.effects.now'),
          cell: (e) => (
            <ValueWithNote
              value={e.now.value === null ? (e.now.hiddenLabel ?? '–') : value(e.display, e.now.value)}
              note={period(e.now.from, e.now.to)}
            />
          ),
        },
        {
          header: t('taskforceReport.effects.change'),
          cell: (e) => (
            <>
              {e.change === null ? '–' : `${e.change > 0 ? '+' : ''}${formatNumber(e.change, locale)}`}{' '}
              <StatusBadge tone={directionTone[e.direction]}>{t(`taskforceReport.effects.direction.${e.direction}`)}</StatusBadge>
            </>
          ),
        },
        {
          header: t('taskforceReport.effects.target'),
          cell: (e) => (
            <ValueWithNote
              value={value(e.display, e.target)}
              note={
                <>
                  {formatIsoDate(e.targetOn, locale)}
                  {e.targetReached ? ` · ${t('taskforceReport.effects.reached')}` : ''}
                </>
              }
            />
          ),
        },
      ]}
    />
  );
}
