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

/** Status, "Housing First haster", overdue and escalated: each with an icon and words, never colour alone. */
export function TaskBadges({ task }: { task: TaskSummary }) {
  const { t } = useTranslation();
  const badgeStyle = { textTransform: 'none' as const, minWidth: 'max-content' };
  return (
    <Group gap={6} wrap="wrap">
      {task.isUrgent ? (
        <Badge
          color="red"
          variant="filled"
          radius="sm"
          style={badgeStyle}
          leftSection={<IconFlame size={14} aria-hidden="true" />}
          data-testid="urgent-badge"
        >
          {t('tasks.urgent')}
        </Badge>
      ) : null}
      {task.isOverdue ? (
        <Badge
          color="red"
          variant="light"
          radius="sm"
          style={badgeStyle}
          leftSection={<IconClockExclamation size={14} aria-hidden="true" />}
          data-testid="overdue-badge"
        >
          {t('tasks.overdueBy', { count: task.workingDaysOverdue })}
        </Badge>
      ) : null}
      {task.escalatedAt && task.status !== 'done' ? (
        <Badge
          color="orange"
          variant="light"
          radius="sm"
          style={badgeStyle}
          leftSection={<IconAlarm size={14} aria-hidden="true" />}
        >
          {t('tasks.escalated')}
        </Badge>
      ) : null}
      {task.status === 'blocked' ? (
        <Badge
          color="orange"
          variant="light"
          radius="sm"
          style={badgeStyle}
          leftSection={<IconHandStop size={14} aria-hidden="true" />}
        >
          {t('tasks.status.blocked')}
        </Badge>
      ) : (
        <StatusBadge tone={statusTone[task.status]}>{t(`tasks.status.${task.status}`)}</StatusBadge>
      )}
    </Group>
  );
}
