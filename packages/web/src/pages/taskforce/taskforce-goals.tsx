/**
 * What the plan and the status meetings both show of a goal and an action: a goal's value as its
 * measure shows it with a dimmed line under it, an action's owner and due date, and the link to
 * the task an action or a decision became; and the head the plan's development points and the
 * report's recommendations share (the theme above the title, the buttons beside it).
 */
import type { ReactNode } from 'react';
import { Anchor, Group, Select, Text, Textarea, Title, type SelectProps, type TextareaProps } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { taskforceThemes, type TaskforceTheme } from '@hjemvej/domain';
import type { TaskforceGoal, TaskforceStatusAgenda } from '@hjemvej/contract';
import { ValueWithNote } from '../../components/value-with-note';
import { formatIsoDate } from '../../format/date';
import { formatNumber } from '../../format/number';
import { useLanguage } from '../../i18n/use-language';
import { DataTable } from '../../components/data-table';
import { EmptyText } from '../../components/empty-text';

/** A goal's value as its measure shows it: a share in per cent, days, or a count. */
export function useGoalValue() {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  return (display: TaskforceGoal['display'], value: number) =>
    display === 'share'
      ? `${formatNumber(value, locale)} %`
      : display === 'days'
        ? t('taskforce.plan.days', { days: formatNumber(value, locale) })
        : formatNumber(value, locale);
}

/** The link to the task an action or a decision became, in its owner's inbox. */
export function TaskInboxLink({ taskId }: { taskId: string }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={`/inbox?task=${taskId}`} size="sm">
      {t('taskforce.plan.taskInInbox')}
    </Anchor>
  );
}

/** "owner, due on date": what is known of who does an action and by when. */
export function useOwnerAndDue() {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  return (owner: { name: string } | null, dueOn: string | null) =>
    [owner?.name, dueOn ? t('taskforce.plan.dueOn', { date: formatIsoDate(dueOn, locale) }) : null].filter(Boolean).join(', ');
}

export const themeLabel = (theme: TaskforceTheme) => `taskforce.plan.theme.${theme}` as const;

/** A themed item's head: its theme in small capitals above its title, its buttons to the right. */
export function ThemedHead({
  theme,
  id,
  level,
  title,
  actions,
}: {
  theme: TaskforceTheme;
  /** The title's id, which names the item. */
  id: string;
  /** A point is a heading under its section (3), a recommendation one under the report's part (4). */
  level: 3 | 4;
  title: string;
  actions: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" align="flex-start" gap="xs">
      <div>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {t(themeLabel(theme))}
        </Text>
        <Title order={level} size={level === 3 ? 'h5' : 'h6'} id={id}>
          {title}
        </Title>
      </div>
      {actions}
    </Group>
  );
}

/** One of the plan's four themes. */
export function ThemeSelect(props: Omit<SelectProps, 'data' | 'label'>) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('taskforce.plan.themeLabel')}
      data={taskforceThemes.map((theme) => ({ value: theme, label: t(themeLabel(theme)) }))}
      {...props}
    />
  );
}

/** Who owns a goal, an action or a decision: one of the people the course may name. */
export function OwnerSelect({
  owners,
  ...props
}: { owners: readonly { id: string; name: string }[] } & Omit<SelectProps, 'data'>) {
  const { t } = useTranslation();
  return (
    <Select searchable label={t('taskforce.plan.owner')} data={owners.map((o) => ({ value: o.id, label: o.name }))} {...props} />
  );
}

/** A free text of a few lines that grows as it is written. */
export function LongText({ minRows = 2, ...props }: TextareaProps) {
  return <Textarea autosize minRows={minRows} {...props} />;
}

type Goal = TaskforceStatusAgenda['goals'][number];

/** Each goal's movement: baseline → the value kept at the previous meeting → now (or at the meeting). */
export function GoalMovement({ goals, nowLabel, caption }: { goals: readonly Goal[]; nowLabel: string; caption: string }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const value = useGoalValue();
  const shown = (goal: Goal, v: { value: number | null; hiddenLabel: string | null }) =>
    v.value === null ? (v.hiddenLabel ?? '–') : value(goal.display, v.value);
  if (goals.length === 0) return <EmptyText>{t('taskforce.meeting.noGoals')}</EmptyText>;
  return (
    <DataTable
      caption={caption}
      minWidth={560}
      testId="taskforce-goal-movement"
      items={goals}
      rowKey={(goal) => goal.goalId}
      columns={[
        {
          header: t('taskforce.meeting.goal'),
          rowHeader: true,
          cell: (goal) => <ValueWithNote value={goal.measureName} note={goal.pointTitle} />,
        },
        { header: t('taskforce.plan.baseline'), cell: (goal) => value(goal.display, goal.baseline) },
        {
          header: t('taskforce.meeting.previous'),
          cell: (goal) =>
            goal.previous ? (
              <ValueWithNote value={shown(goal, goal.previous)} note={formatIsoDate(goal.previous.heldOn, locale)} />
            ) : (
              '–'
            ),
        },
        {
          header: nowLabel,
          cell: (goal) => (
            <ValueWithNote
              value={shown(goal, goal.now)}
              note={t('taskforce.plan.nowPeriod', {
                from: formatIsoDate(goal.now.from, locale),
                to: formatIsoDate(goal.now.to, locale),
              })}
            />
          ),
        },
        {
          header: t('taskforce.plan.target'),
          cell: (goal) => <ValueWithNote value={value(goal.display, goal.target)} note={formatIsoDate(goal.targetOn, locale)} />,
        },
      ]}
    />
  );
}
