import { Group, RingProgress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HousingGoalClockView } from '@hjemvej/contract';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate } from '../../format/date';

const stateColor: Record<HousingGoalClockView['state'], string> = {
  running: 'blue.7',
  overdue: 'red.8',
  met: 'green.8',
  missed: 'orange.8',
};

/** The two-month goal from first contact to own home, as a clock with the days in words beside it. */
export function HousingClock({ clock }: { clock: HousingGoalClockView }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const value = Math.min(100, Math.round((clock.daysElapsed / clock.goalDays) * 100));
  const words =
    clock.state === 'running'
      ? t('tasks.clock.running', { count: clock.daysLeft })
      : clock.state === 'overdue'
        ? t('tasks.clock.overdue', { count: -clock.daysLeft })
        : t(`tasks.clock.${clock.state}`, { count: clock.daysElapsed });
  return (
    <Group gap="md" wrap="nowrap" data-testid="housing-clock">
      <RingProgress
        size={112}
        thickness={10}
        roundCaps
        sections={[{ value, color: stateColor[clock.state] }]}
        label={
          <Text size="sm" fw={700} className="housing-clock-label" aria-hidden="true">
            {t('tasks.clock.dayOf', { day: clock.daysElapsed, goal: clock.goalDays })}
          </Text>
        }
      />
      <Stack gap={2}>
        <Text fw={700}>{words}</Text>
        <Text size="sm">{t('tasks.clock.from', { date: formatIsoDate(clock.startedOn, locale) })}</Text>
        <Text size="sm">{t('tasks.clock.goal', { date: formatIsoDate(clock.goalOn, locale), days: clock.goalDays })}</Text>
        {clock.movedInOn ? (
          <Text size="sm">{t('tasks.clock.movedIn', { date: formatIsoDate(clock.movedInOn, locale) })}</Text>
        ) : null}
      </Stack>
    </Group>
  );
}
