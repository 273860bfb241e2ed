import type { ReactNode } from 'react';
import { Badge, Group } from '@mantine/core';
import { IconAlarm, IconClockExclamation, IconFlame, IconHandStop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TaskSummary } from '@hjemvej/contract';
import { StatusBadge, type BadgeTone } from '../../components/status-badge';

const statusTone: Record<TaskSummary['status'], BadgeTone> = {
  waiting: 'neutral',
  open: 'info',
  in_progress: 'info',
  blocked: 'warning',
  done: 'success',
  cancelled: 'neutral',
};

/** A task's status in words, coloured as the inbox colours it (used where a task is shown outside the inbox). */
export function TaskStatusBadge({ status }: { status: TaskSummary['status'] }) {
  const { t } = useTranslation();
  return <StatusBadge tone={statusTone[status]}>{t(`tasks.status.${status}`)}</StatusBadge>;
}

/** A badge with its icon: the words say what the colour only hints at. */
function IconBadge({
  color,
  variant = 'light',
  icon,
  testId,
  children,
}: {
  color: 'red' | 'orange';
  variant?: 'filled' | 'light';
  icon: ReactNode;
  testId?: string;
  children: string;
}) {
  return (
    <Badge
      color={color}
      variant={variant}
      radius="sm"
      style={{ textTransform: 'none', minWidth: 'max-content' }}
      leftSection={icon}
      data-testid={testId}
    >
      {children}
    </Badge>
  );
}

/** Status, "Housing First haster", overdue and escalated: each with an icon and words, never colour alone. */
export function TaskBadges({ task }: { task: TaskSummary }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap">
      {task.isUrgent && task.status !== 'done' && task.status !== 'cancelled' ? (
        <IconBadge color="red" variant="filled" icon={<IconFlame size={14} aria-hidden="true" />} testId="urgent-badge">
          {t('tasks.urgent')}
        </IconBadge>
      ) : null}
      {task.isOverdue ? (
        <IconBadge color="red" icon={<IconClockExclamation size={14} aria-hidden="true" />} testId="overdue-badge">
          {t('tasks.overdueBy', { count: task.workingDaysOverdue })}
        </IconBadge>
      ) : null}
      {task.escalatedAt && task.status !== 'done' ? (
        <IconBadge color="orange" icon={<IconAlarm size={14} aria-hidden="true" />}>
          {t('tasks.escalated')}
        </IconBadge>
      ) : null}
      {task.status === 'blocked' ? (
        <IconBadge color="orange" icon={<IconHandStop size={14} aria-hidden="true" />}>
          {t('tasks.status.blocked')}
        </IconBadge>
      ) : (
        <StatusBadge tone={statusTone[task.status]}>{t(`tasks.status.${task.status}`)}</StatusBadge>
      )}
    </Group>
  );
}
