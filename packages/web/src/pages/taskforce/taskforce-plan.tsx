/**
 * The course's development plan: the points chosen under the four themes, each goal as
 * baseline → now → target on its key figure, the actions (with an owner and a due date they are
 * tasks in the owner's inbox) and the learning activities. Both sides add to it.
 */
import { useState } from 'react';
import { Group, List, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TaskforceTheme } from '@hjemvej/domain';
import type { TaskforceCourse, TaskforceGoal, TaskforcePlan } from '@hjemvej/contract';
import { CompactButton } from '../../components/compact-button';
import { DateField } from '../../components/date-field';
import { EmptyText } from '../../components/empty-text';
import { Fact } from '../../components/fact';
import { FormModal } from '../../components/form-modal';
import { StatusBadge } from '../../components/status-badge';
import { ValueWithNote } from '../../components/value-with-note';
import { formatIsoDate, todayInDenmark } from '../../format/date';
import { useLanguage } from '../../i18n/use-language';
import { LongText, OwnerSelect, TaskInboxLink, ThemeSelect, themeLabel, useGoalValue, useOwnerAndDue } from './taskforce-goals';
import { TaskforceQuerySection } from './taskforce-section';
import { useTaskforceForm } from './use-taskforce-form';
import {
  useCreateTaskforceAction,
  useCreateTaskforceGoal,
  useCreateTaskforceLearningActivity,
  useCreateTaskforcePoint,
  useTaskforcePlan,
} from './use-taskforce';
import { DataTable } from '../../components/data-table';

type Editing =
  | { readonly kind: 'point' | 'learning' }
  | { readonly kind: 'goal'; readonly pointId: string; readonly title: string }
  | { readonly kind: 'action'; readonly goalId: string; readonly title: string }
  | null;

function GoalView({ goal, canEdit, onAddAction }: { goal: TaskforceGoal; canEdit: boolean; onAddAction: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const value = useGoalValue();
  const ownerAndDue = useOwnerAndDue();
  const date = (iso: string) => formatIsoDate(iso, locale);
  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      component="article"
      aria-label={t('taskforce.plan.goalOf', { measure: goal.measureName })}
      data-testid="taskforce-goal"
    >
      <Group justify="space-between" align="flex-start" gap="xs" mb="xs">
        <Title order={4} size="h6">
          {goal.figure} · {goal.measureName}
        </Title>
        {canEdit ? <CompactButton size="xs" label={t('taskforce.plan.addAction')} onClick={onAddAction} /> : null}
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
        <Fact label={t('taskforce.plan.baseline')}>
          <ValueWithNote
            value={value(goal.display, goal.baseline)}
            note={t('taskforce.plan.baselineFrom', {
              version: goal.baselinePackageVersion,
              from: date(goal.baselinePeriod.from),
              to: date(goal.baselinePeriod.to),
            })}
          />
        </Fact>
        <Fact label={t('taskforce.plan.now')}>
          <ValueWithNote
            value={goal.now.value === null ? (goal.now.hiddenLabel ?? '–') : value(goal.display, goal.now.value)}
            note={t('taskforce.plan.nowPeriod', { from: date(goal.now.from), to: date(goal.now.to) })}
          />
        </Fact>
        <Fact label={t('taskforce.plan.target')}>
          <ValueWithNote
            value={value(goal.display, goal.target)}
            note={t('taskforce.plan.targetBy', { date: date(goal.targetOn), owner: goal.owner.name })}
          />
        </Fact>
      </SimpleGrid>
      {goal.description ? (
        <Text size="sm" mt="xs">
          {goal.description}
        </Text>
      ) : null}
      {goal.actions.length > 0 ? (
        <List size="sm" mt="xs" spacing={4}>
          {goal.actions.map((a) => (
            <List.Item key={a.id}>
              {a.title}
              {a.owner || a.dueOn ? ` – ${ownerAndDue(a.owner, a.dueOn)}` : ''}
              {a.taskId ? (
                <>
                  {' '}
                  {a.taskDone ? (
                    <StatusBadge tone="success">{t('taskforce.plan.taskDone')}</StatusBadge>
                  ) : (
                    <TaskInboxLink taskId={a.taskId} />
                  )}
                </>
              ) : null}
            </List.Item>
          ))}
        </List>
      ) : null}
    </Paper>
  );
}

function PointModal({ course, onClose }: { course: TaskforceCourse; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useCreateTaskforcePoint();
  const { form, modal } = useTaskforceForm({
    initialValues: { theme: null as TaskforceTheme | null, title: '', description: '' },
    mutation: save,
    send: (body) => save.mutateAsync({ id: course.id, body: { ...body, theme: body.theme as TaskforceTheme } }),
    saved: t('taskforce.plan.pointSaved'),
    onClose,
  });
  return (
    <FormModal title={t('taskforce.plan.addPoint')} {...modal}>
      <ThemeSelect {...form.getInputProps('theme')} />
      <TextInput label={t('taskforce.plan.pointTitle')} {...form.getInputProps('title')} />
      <LongText label={t('taskforce.plan.description')} {...form.getInputProps('description')} />
    </FormModal>
  );
}

function GoalModal({
  course,
  plan,
  pointId,
  title,
  onClose,
}: {
  course: TaskforceCourse;
  plan: TaskforcePlan;
  pointId: string;
  title: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const save = useCreateTaskforceGoal();
  const { form, modal } = useTaskforceForm({
    initialValues: {
      measure: null as string | null,
      baselinePackageId: plan.packages.at(-1)?.id ?? null,
      target: '',
      targetOn: '',
      ownerUserId: null as string | null,
      description: '',
    },
    mutation: save,
    send: ({ measure, target, ownerUserId, ...body }) =>
      save.mutateAsync({
        id: course.id,
        pointId,
        body: {
          ...body,
          measure: measure as TaskforceGoal['measure'] | null,
          target: typeof target === 'number' ? target : Number.NaN,
          ownerUserId: ownerUserId ?? '',
        },
      }),
    saved: t('taskforce.plan.goalSaved'),
    onClose,
  });
  return (
    <FormModal title={t('taskforce.plan.addGoalTo', { point: title })} {...modal}>
      <Select
        data-autofocus
        searchable
        label={t('taskforce.plan.measure')}
        data={plan.measures.map((m) => ({ value: m.id, label: `${m.figure} · ${m.name}` }))}
        {...form.getInputProps('measure')}
      />
      <Select
        label={t('taskforce.plan.baselinePackage')}
        description={t('taskforce.plan.baselinePackageHint')}
        data={plan.packages.map((p) => ({
          value: p.id,
          label: t('taskforce.package.versionLabel', {
            version: p.version,
            from: formatIsoDate(p.from, locale),
            to: formatIsoDate(p.to, locale),
          }),
        }))}
        {...form.getInputProps('baselinePackageId')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <NumberInput
          label={t('taskforce.plan.targetValue')}
          description={t('taskforce.plan.targetHint')}
          min={0}
          decimalScale={1}
          {...form.getInputProps('target')}
        />
        <DateField label={t('taskforce.plan.targetOn')} {...form.getInputProps('targetOn')} />
      </SimpleGrid>
      <OwnerSelect owners={plan.owners} {...form.getInputProps('ownerUserId')} />
      <LongText label={t('taskforce.plan.description')} {...form.getInputProps('description')} />
    </FormModal>
  );
}

function ActionModal({
  course,
  plan,
  goalId,
  title,
  onClose,
}: {
  course: TaskforceCourse;
  plan: TaskforcePlan;
  goalId: string;
  title: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useCreateTaskforceAction();
  const { form, modal } = useTaskforceForm({
    initialValues: { title: '', ownerUserId: null as string | null, dueOn: '' },
    mutation: save,
    send: ({ dueOn, ...body }) =>
      save.mutateAsync({ id: course.id, goalId, body: { ...body, dueOn: dueOn === '' ? null : dueOn } }),
    saved: t('taskforce.plan.actionSaved'),
    onClose,
  });
  return (
    <FormModal title={t('taskforce.plan.addActionTo', { goal: title })} {...modal}>
      <Text size="sm">{t('taskforce.plan.actionLead')}</Text>
      <TextInput data-autofocus label={t('taskforce.plan.actionTitle')} {...form.getInputProps('title')} />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <OwnerSelect owners={plan.owners} clearable {...form.getInputProps('ownerUserId')} />
        <DateField label={t('taskforce.plan.dueOnLabel')} {...form.getInputProps('dueOn')} />
      </SimpleGrid>
    </FormModal>
  );
}

function LearningModal({ course, onClose }: { course: TaskforceCourse; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useCreateTaskforceLearningActivity();
  const { form, modal } = useTaskforceForm({
    initialValues: { heldOn: todayInDenmark(), theme: null as TaskforceTheme | null, title: '', participants: '' },
    mutation: save,
    send: (body) => save.mutateAsync({ id: course.id, body: { ...body, theme: body.theme as TaskforceTheme } }),
    saved: t('taskforce.plan.learningSaved'),
    onClose,
  });
  return (
    <FormModal title={t('taskforce.plan.addLearning')} {...modal}>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <DateField data-autofocus label={t('taskforce.plan.heldOn')} {...form.getInputProps('heldOn')} />
        <ThemeSelect {...form.getInputProps('theme')} />
      </SimpleGrid>
      <TextInput label={t('taskforce.plan.learningTitle')} {...form.getInputProps('title')} />
      <LongText label={t('taskforce.plan.participants')} {...form.getInputProps('participants')} />
    </FormModal>
  );
}

/** The development plan section of the course page. */
export function TaskforcePlanSection({ course }: { course: TaskforceCourse }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const plan = useTaskforcePlan(course.id);
  const [editing, setEditing] = useState<Editing>(null);
  const close = () => setEditing(null);
  return (
    <TaskforceQuerySection
      id="taskforce-plan-title"
      title={t('taskforce.plan.title')}
      query={plan}
      actions={
        plan.data?.canEdit ? (
          <>
            <CompactButton label={t('taskforce.plan.addPoint')} onClick={() => setEditing({ kind: 'point' })} />
            <CompactButton label={t('taskforce.plan.addLearning')} onClick={() => setEditing({ kind: 'learning' })} />
          </>
        ) : null
      }
    >
      {(p) => (
        <>
          {p.points.length === 0 ? <EmptyText>{t('taskforce.plan.none')}</EmptyText> : null}
          {p.points.map((point) => (
            <Stack
              key={point.id}
              gap="xs"
              component="section"
              aria-labelledby={`point-${point.id}`}
              data-testid="taskforce-point"
            >
              <Group justify="space-between" align="flex-start" gap="xs">
                <div>
                  <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                    {t(themeLabel(point.theme))}
                  </Text>
                  <Title order={3} size="h5" id={`point-${point.id}`}>
                    {point.title}
                  </Title>
                </div>
                {p.canEdit ? (
                  <CompactButton
                    size="xs"
                    label={t('taskforce.plan.addGoal')}
                    ariaLabel={t('taskforce.plan.addGoalTo', { point: point.title })}
                    onClick={() => setEditing({ kind: 'goal', pointId: point.id, title: point.title })}
                  />
                ) : null}
              </Group>
              {point.description ? <Text size="sm">{point.description}</Text> : null}
              {point.goals.map((goal) => (
                <GoalView
                  key={goal.id}
                  goal={goal}
                  canEdit={p.canEdit}
                  onAddAction={() => setEditing({ kind: 'action', goalId: goal.id, title: goal.measureName })}
                />
              ))}
            </Stack>
          ))}
          <Title order={3} size="h5">
            {t('taskforce.plan.learningActivities')}
          </Title>
          {p.learningActivities.length === 0 ? (
            <EmptyText>{t('taskforce.plan.noLearning')}</EmptyText>
          ) : (
            <DataTable
              caption={t('taskforce.plan.learningActivities')}
              minWidth={480}
              testId="taskforce-learning"
              items={p.learningActivities}
              rowKey={(a) => a.id}
              columns={[
                { header: t('taskforce.plan.heldOn'), cell: (a) => formatIsoDate(a.heldOn, locale) },
                { header: t('taskforce.plan.learningTitle'), cell: (a) => a.title },
                { header: t('taskforce.plan.themeLabel'), cell: (a) => t(themeLabel(a.theme)) },
                { header: t('taskforce.plan.participants'), cell: (a) => a.participants || '–' },
              ]}
            />
          )}
          {editing?.kind === 'point' ? <PointModal course={course} onClose={close} /> : null}
          {editing?.kind === 'learning' ? <LearningModal course={course} onClose={close} /> : null}
          {editing?.kind === 'goal' ? (
            <GoalModal course={course} plan={p} pointId={editing.pointId} title={editing.title} onClose={close} />
          ) : null}
          {editing?.kind === 'action' ? (
            <ActionModal course={course} plan={p} goalId={editing.goalId} title={editing.title} onClose={close} />
          ) : null}
        </>
      )}
    </TaskforceQuerySection>
  );
}
