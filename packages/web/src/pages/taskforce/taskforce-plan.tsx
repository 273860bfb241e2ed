/**
 * The course's development plan: the points chosen under the four themes, each goal as
 * baseline → now → target on its key figure, the actions (with an owner and a due date they are
 * tasks in the owner's inbox) and the learning activities. Both sides add to it, correct it and
 * remove from it (a point without goals, a goal without actions; an action's task follows it).
 */
import { useState } from 'react';
import { Group, List, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TaskforceTheme } from '@hjemvej/domain';
import type { TaskforceCourse, TaskforceGoal, TaskforcePlan } from '@hjemvej/contract';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useConfirmedAction } from '../../components/use-confirmed-action';
import { CompactButton } from '../../components/compact-button';
import { DateField } from '../../components/date-field';
import { EmptyText } from '../../components/empty-text';
import { Fact } from '../../components/fact';
import { FormModal } from '../../components/form-modal';
import { StatusBadge } from '../../components/status-badge';
import { ValueWithNote } from '../../components/value-with-note';
import { formatIsoDate, todayInDenmark } from '../../format/date';
import { useLanguage } from '../../i18n/use-language';
import {
  LongText,
  OwnerSelect,
  TaskInboxLink,
  ThemeSelect,
  ThemedHead,
  themeLabel,
  useGoalValue,
  useOwnerAndDue,
} from './taskforce-goals';
import { ItemActions } from './taskforce-item-actions';
import { TaskforceItem, TaskforceQuerySection } from './taskforce-section';
import { usePackageChoices } from './use-package-choices';
import { useTaskforceForm } from './use-taskforce-form';
import {
  useCreateTaskforceAction,
  useCreateTaskforceGoal,
  useCreateTaskforceLearningActivity,
  useCreateTaskforcePoint,
  useDeleteTaskforcePlanItem,
  useTaskforcePlan,
  useUpdateTaskforceAction,
  useUpdateTaskforceGoal,
  useUpdateTaskforcePoint,
} from './use-taskforce';
import { DataTable } from '../../components/data-table';

type Point = TaskforcePlan['points'][number];
type Action = TaskforceGoal['actions'][number];

type Editing =
  | { readonly kind: 'learning' }
  | { readonly kind: 'point'; readonly point: Point | null }
  | { readonly kind: 'goal'; readonly pointId: string; readonly title: string; readonly goal: TaskforceGoal | null }
  | { readonly kind: 'action'; readonly goalId: string; readonly title: string; readonly action: Action | null }
  | null;

type Removing = { readonly kind: 'point' | 'goal' | 'action'; readonly id: string; readonly title: string } | null;

function GoalView({
  goal,
  canEdit,
  onAddAction,
  onEdit,
  onRemove,
  onEditAction,
  onRemoveAction,
}: {
  goal: TaskforceGoal;
  canEdit: boolean;
  onAddAction: () => void;
  onEdit: () => void;
  onRemove: () => void;
  onEditAction: (action: Action) => void;
  onRemoveAction: (action: Action) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const value = useGoalValue();
  const ownerAndDue = useOwnerAndDue();
  const date = (iso: string) => formatIsoDate(iso, locale);
  return (
    <TaskforceItem name={{ label: t('taskforce.plan.goalOf', { measure: goal.measureName }) }} testId="taskforce-goal">
      <Group justify="space-between" align="flex-start" gap="xs" mb="xs">
        <Title order={4} size="h6">
          {goal.figure} · {goal.measureName}
        </Title>
        <Group gap="xs" wrap="nowrap">
          {canEdit ? <CompactButton size="xs" label={t('taskforce.plan.addAction')} onClick={onAddAction} /> : null}
          <ItemActions
            editLabel={t('taskforce.plan.editGoal', { title: goal.measureName })}
            removeLabel={t('taskforce.plan.removeGoal', { title: goal.measureName })}
            onEdit={canEdit ? onEdit : null}
            onRemove={goal.canDelete ? onRemove : null}
          />
        </Group>
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
            <List.Item key={a.id} data-testid="taskforce-action">
              <Group gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
                <span>
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
                </span>
                <ItemActions
                  editLabel={t('taskforce.plan.editAction', { title: a.title })}
                  removeLabel={t('taskforce.plan.removeAction', { title: a.title })}
                  onEdit={canEdit ? () => onEditAction(a) : null}
                  onRemove={a.canDelete ? () => onRemoveAction(a) : null}
                />
              </Group>
            </List.Item>
          ))}
        </List>
      ) : null}
    </TaskforceItem>
  );
}

function PointModal({ course, point, onClose }: { course: TaskforceCourse; point: Point | null; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateTaskforcePoint();
  const update = useUpdateTaskforcePoint();
  const { form, modal } = useTaskforceForm({
    initialValues: {
      theme: point?.theme ?? null,
      title: point?.title ?? '',
      description: point?.description ?? '',
    },
    mutation: point ? update : create,
    send: (values) => {
      const body = { ...values, theme: values.theme as TaskforceTheme };
      return point ? update.mutateAsync({ id: course.id, pointId: point.id, body }) : create.mutateAsync({ id: course.id, body });
    },
    saved: t('taskforce.plan.pointSaved'),
    onClose,
  });
  return (
    <FormModal title={point ? t('taskforce.plan.pointEditTitle') : t('taskforce.plan.addPoint')} {...modal}>
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
  goal,
  onClose,
}: {
  course: TaskforceCourse;
  plan: TaskforcePlan;
  pointId: string;
  title: string;
  goal: TaskforceGoal | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const packageChoices = usePackageChoices();
  const create = useCreateTaskforceGoal();
  const update = useUpdateTaskforceGoal();
  const { form, modal } = useTaskforceForm({
    initialValues: {
      measure: goal?.measure ?? null,
      baselinePackageId: goal?.baselinePackageId ?? plan.packages.at(-1)?.id ?? null,
      target: goal?.target ?? '',
      targetOn: goal?.targetOn ?? '',
      ownerUserId: goal?.owner.id ?? null,
      description: goal?.description ?? '',
    },
    mutation: goal ? update : create,
    send: ({ measure, baselinePackageId, target, ownerUserId, ...rest }) => {
      const body = { ...rest, target: typeof target === 'number' ? target : Number.NaN, ownerUserId: ownerUserId ?? '' };
      return goal
        ? update.mutateAsync({ id: course.id, goalId: goal.id, body })
        : create.mutateAsync({
            id: course.id,
            pointId,
            body: { ...body, baselinePackageId, measure: measure },
          });
    },
    saved: t('taskforce.plan.goalSaved'),
    onClose,
  });
  return (
    <FormModal
      title={
        goal ? t('taskforce.plan.goalEditTitle', { goal: goal.measureName }) : t('taskforce.plan.addGoalTo', { point: title })
      }
      lead={goal ? <Text size="sm">{t('taskforce.plan.goalFixed')}</Text> : undefined}
      {...modal}
    >
      <Select
        data-autofocus={goal ? undefined : true}
        searchable
        disabled={goal !== null}
        label={t('taskforce.plan.measure')}
        data={plan.measures.map((m) => ({ value: m.id, label: `${m.figure} · ${m.name}` }))}
        {...form.getInputProps('measure')}
      />
      <Select
        disabled={goal !== null}
        label={t('taskforce.plan.baselinePackage')}
        description={t('taskforce.plan.baselinePackageHint')}
        data={packageChoices(plan.packages, (values) => t('taskforce.package.versionLabel', values))}
        {...form.getInputProps('baselinePackageId')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <NumberInput
          data-autofocus={goal ? true : undefined}
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
  action,
  onClose,
}: {
  course: TaskforceCourse;
  plan: TaskforcePlan;
  goalId: string;
  title: string;
  action: Action | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateTaskforceAction();
  const update = useUpdateTaskforceAction();
  const { form, modal } = useTaskforceForm({
    initialValues: {
      title: action?.title ?? '',
      ownerUserId: action?.owner?.id ?? null,
      dueOn: action?.dueOn ?? '',
    },
    mutation: action ? update : create,
    send: ({ dueOn, ...values }) => {
      const body = { ...values, dueOn: dueOn === '' ? null : dueOn };
      return action
        ? update.mutateAsync({ id: course.id, actionId: action.id, body })
        : create.mutateAsync({ id: course.id, goalId, body });
    },
    saved: t('taskforce.plan.actionSaved'),
    onClose,
  });
  return (
    <FormModal
      title={action ? t('taskforce.plan.actionEditTitle', { goal: title }) : t('taskforce.plan.addActionTo', { goal: title })}
      {...modal}
    >
      <Text size="sm">{action ? t('taskforce.plan.actionEditLead') : t('taskforce.plan.actionLead')}</Text>
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
  const remove = useDeleteTaskforcePlanItem();
  const removal = useConfirmedAction(remove, {
    input: (item: NonNullable<Removing>) => ({ id: course.id, kind: item.kind, itemId: item.id }),
    done: () => t('taskforce.plan.removed'),
  });
  const close = () => setEditing(null);
  const askRemove = removal.ask;
  const removing = removal.subject;
  return (
    <TaskforceQuerySection
      id="taskforce-plan-title"
      title={t('taskforce.plan.title')}
      query={plan}
      actions={
        plan.data?.canEdit ? (
          <>
            <CompactButton label={t('taskforce.plan.addPoint')} onClick={() => setEditing({ kind: 'point', point: null })} />
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
              <ThemedHead
                theme={point.theme}
                id={`point-${point.id}`}
                level={3}
                title={point.title}
                actions={
                  <Group gap="xs" wrap="nowrap">
                    {p.canEdit ? (
                      <CompactButton
                        size="xs"
                        label={t('taskforce.plan.addGoal')}
                        ariaLabel={t('taskforce.plan.addGoalTo', { point: point.title })}
                        onClick={() => setEditing({ kind: 'goal', pointId: point.id, title: point.title, goal: null })}
                      />
                    ) : null}
                    <ItemActions
                      editLabel={t('taskforce.plan.editPoint', { title: point.title })}
                      removeLabel={t('taskforce.plan.removePoint', { title: point.title })}
                      onEdit={p.canEdit ? () => setEditing({ kind: 'point', point }) : null}
                      onRemove={point.canDelete ? () => askRemove({ kind: 'point', id: point.id, title: point.title }) : null}
                    />
                  </Group>
                }
              />
              {point.description ? <Text size="sm">{point.description}</Text> : null}
              {point.goals.map((goal) => (
                <GoalView
                  key={goal.id}
                  goal={goal}
                  canEdit={p.canEdit}
                  onAddAction={() => setEditing({ kind: 'action', goalId: goal.id, title: goal.measureName, action: null })}
                  onEdit={() => setEditing({ kind: 'goal', pointId: point.id, title: point.title, goal })}
                  onRemove={() => askRemove({ kind: 'goal', id: goal.id, title: goal.measureName })}
                  onEditAction={(action) => setEditing({ kind: 'action', goalId: goal.id, title: goal.measureName, action })}
                  onRemoveAction={(action) => askRemove({ kind: 'action', id: action.id, title: action.title })}
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
          {editing?.kind === 'point' ? <PointModal course={course} point={editing.point} onClose={close} /> : null}
          {editing?.kind === 'learning' ? <LearningModal course={course} onClose={close} /> : null}
          {editing?.kind === 'goal' ? (
            <GoalModal
              course={course}
              plan={p}
              pointId={editing.pointId}
              title={editing.title}
              goal={editing.goal}
              onClose={close}
            />
          ) : null}
          {editing?.kind === 'action' ? (
            <ActionModal
              course={course}
              plan={p}
              goalId={editing.goalId}
              title={editing.title}
              action={editing.action}
              onClose={close}
            />
          ) : null}
          <ConfirmDialog
            title={removing ? t(`taskforce.plan.removeTitle.${removing.kind}`) : ''}
            message={removing ? t(`taskforce.plan.removeConfirm.${removing.kind}`, { title: removing.title }) : ''}
            confirmLabel={t('common.remove')}
            danger
            {...removal.dialog}
          />
        </>
      )}
    </TaskforceQuerySection>
  );
}
