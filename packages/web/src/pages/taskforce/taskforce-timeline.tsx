import { Group, List, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCircleDashed, IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TaskforceCourse } from '@hjemvej/contract';
import { StatusBadge } from '../../components/status-badge';
import { formatIsoDate } from '../../format/date';
import { useLanguage } from '../../i18n/use-language';

type Phase = TaskforceCourse['phases'][number];

function phaseState(phase: Phase): 'done' | 'running' | 'planned' {
  if (phase.actualEnd) return 'done';
  if (phase.actualStart) return 'running';
  return 'planned';
}

/**
 * The whole course as a timeline: each phase with its planned and actual dates and the
 * activities it holds (done, planned, overdue); the running phase is marked as where the
 * course stands. A vertical timeline reads the same at 375 px as on a wide screen.
 */
export function TaskforceTimeline({
  course,
  onMarkDone,
}: {
  course: TaskforceCourse;
  onMarkDone?: (activityId: string) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const date = (iso: string | null) => (iso ? formatIsoDate(iso, locale) : '–');
  const active = course.phases.reduce((last, p, i) => (p.actualStart ? i : last), -1);
  return (
    <Timeline active={active} bulletSize={28} lineWidth={3} aria-label={t('taskforce.timeline')} data-testid="taskforce-timeline">
      {course.phases.map((p) => {
        const state = phaseState(p);
        const activities = course.activities.filter((a) => a.phase === p.phase);
        const isCurrent = course.currentPhase === p.phase;
        return (
          <Timeline.Item
            key={p.phase}
            bullet={
              state === 'done' ? (
                <IconCheck size={16} aria-hidden="true" />
              ) : state === 'running' ? (
                <IconPlayerPlay size={14} aria-hidden="true" />
              ) : (
                <IconCircleDashed size={16} aria-hidden="true" />
              )
            }
            title={
              <Group gap="xs">
                <Title order={3} size="h4">
                  {t(`taskforce.phase.${p.phase}`)}
                </Title>
                {isCurrent ? <StatusBadge tone="info">{t('taskforce.currentPhase')}</StatusBadge> : null}
                {state === 'done' ? <StatusBadge tone="success">{t('taskforce.phaseDone')}</StatusBadge> : null}
              </Group>
            }
            data-testid={`phase-${p.phase}`}
          >
            <Stack gap={4} mt={4}>
              <Text size="sm">{t('taskforce.plannedRange', { from: date(p.plannedStart), to: date(p.plannedEnd) })}</Text>
              {p.actualStart ? (
                <Text size="sm">
                  {t('taskforce.actualRange', { from: date(p.actualStart), to: p.actualEnd ? date(p.actualEnd) : '…' })}
                </Text>
              ) : null}
              {activities.length > 0 ? (
                <List size="sm" spacing={4} mt={4} listStyleType="none" withPadding={false}>
                  {activities.map((a) => (
                    <List.Item key={a.id} data-testid="taskforce-activity">
                      <Group gap="xs" wrap="wrap">
                        {a.isOverdue ? (
                          <IconAlertTriangle size={14} aria-hidden="true" color="var(--mantine-color-orange-8)" />
                        ) : null}
                        <Text size="sm" span fw={500}>
                          {a.title || t(`taskforce.activityKind.${a.kind}`)}
                        </Text>
                        <Text size="sm" span>
                          {a.doneOn
                            ? t('taskforce.activityDone', { date: date(a.doneOn) })
                            : t('taskforce.activityPlanned', { date: date(a.plannedOn) })}
                        </Text>
                        {a.isOverdue ? <StatusBadge tone="danger">{t('taskforce.overdue')}</StatusBadge> : null}
                        {!a.doneOn && onMarkDone ? (
                          <Text
                            component="button"
                            type="button"
                            size="sm"
                            c="blue.8"
                            td="underline"
                            style={{ background: 'none', border: 0, padding: 0, cursor: 'pointer' }}
                            onClick={() => onMarkDone(a.id)}
                            aria-label={t('taskforce.markDoneNamed', {
                              activity: a.title || t(`taskforce.activityKind.${a.kind}`),
                            })}
                          >
                            {t('taskforce.markDone')}
                          </Text>
                        ) : null}
                      </Group>
                    </List.Item>
                  ))}
                </List>
              ) : null}
            </Stack>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
