/**
 * The effects of the course's goals: each goal's frozen baseline against now on live data
 * (published, so a hidden value shows its label), the change, whether it moved the right way
 * and the target. Shown on the effect presentation and on the municipality's dashboard.
 */
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TaskforceEffect } from '@hjemvej/contract';
import { StatusBadge, type BadgeTone } from '../../components/status-badge';
import { TableFrame } from '../../components/table-frame';
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
    <TableFrame caption={caption} minWidth={640} testId={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('taskforceReport.effects.goal')}</Table.Th>
          <Table.Th scope="col">{t('taskforceReport.effects.baseline')}</Table.Th>
          <Table.Th scope="col">{t('taskforceReport.effects.now')}</Table.Th>
          <Table.Th scope="col">{t('taskforceReport.effects.change')}</Table.Th>
          <Table.Th scope="col">{t('taskforceReport.effects.target')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {effects.map((e) => (
          <Table.Tr key={e.goalId}>
            <Table.Th scope="row" fw={500}>
              {e.measureName}
              <Text size="xs" c="dimmed">
                {e.pointTitle}
              </Text>
            </Table.Th>
            <Table.Td>
              {value(e.display, e.baseline)}
              <Text size="xs" c="dimmed">
                {period(e.baselinePeriod.from, e.baselinePeriod.to)}
              </Text>
            </Table.Td>
            <Table.Td>
              {e.now.value === null ? (e.now.hiddenLabel ?? '–') : value(e.display, e.now.value)}
              <Text size="xs" c="dimmed">
                {period(e.now.from, e.now.to)}
              </Text>
            </Table.Td>
            <Table.Td>
              {e.change === null ? '–' : `${e.change > 0 ? '+' : ''}${formatNumber(e.change, locale)}`}{' '}
              <StatusBadge tone={directionTone[e.direction]}>{t(`taskforceReport.effects.direction.${e.direction}`)}</StatusBadge>
            </Table.Td>
            <Table.Td>
              {value(e.display, e.target)}
              <Text size="xs" c="dimmed">
                {formatIsoDate(e.targetOn, locale)}
                {e.targetReached ? ` · ${t('taskforceReport.effects.reached')}` : ''}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </TableFrame>
  );
}
