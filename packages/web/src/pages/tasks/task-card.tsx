import { Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TaskSummary } from '@hjemvej/contract';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate } from '../../format/date';
import { TaskBadges } from './task-badges';

/** One task in a list: the title opens the drawer; citizen, unit, due date and what it waits for below. */
export function TaskCard({
  task,
  onOpen,
  showCitizen = true,
  extra,
}: {
  task: TaskSummary;
  onOpen: (id: string) => void;
  showCitizen?: boolean;
  extra?: string;
}) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      radius="md"
      className={task.isUrgent ? 'task-card task-card-urgent' : 'task-card'}
      data-testid="task-card"
      data-task-id={task.id}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <UnstyledButton onClick={() => onOpen(task.id)} className="task-title-button" aria-haspopup="dialog">
            <Text fw={600} component="span">
              {task.title}
            </Text>
          </UnstyledButton>
          <TaskBadges task={task} />
        </Group>
        <Text size="sm" c="dimmed">
          {[
            showCitizen ? (task.citizen?.name ?? t(task.aboutCitizen ? 'tasks.citizenHidden' : 'tasks.noCitizen')) : null,
            `${task.unit.name}${task.unit.organisationName ? ` · ${task.unit.organisationName}` : ''}`,
            task.dueOn ? t('tasks.dueOn', { date: formatIsoDate(task.dueOn, locale) }) : t('tasks.noDue'),
            task.assignee ? t('tasks.takenBy', { name: task.assignee.name }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {task.blockedWaitingFor ? <Text size="sm">{t('tasks.waitingFor', { what: task.blockedWaitingFor })}</Text> : null}
        {extra ? <Text size="sm">{extra}</Text> : null}
      </Stack>
    </Paper>
  );
}

/** A list of tasks as a real list (screen readers announce the count). */
export function TaskList({
  tasks,
  onOpen,
  label,
  emptyText,
  showCitizen,
}: {
  tasks: TaskSummary[];
  onOpen: (id: string) => void;
  label: string;
  emptyText: string;
  showCitizen?: boolean;
}) {
  if (tasks.length === 0) return <Text c="dimmed">{emptyText}</Text>;
  return (
    <Stack component="ul" gap="xs" aria-label={label} className="task-list" data-testid="task-list">
      {tasks.map((task) => (
        <TaskCard key={task.id} task={task} onOpen={onOpen} {...(showCitizen !== undefined ? { showCitizen } : {})} />
      ))}
    </Stack>
  );
}
