/**
 * The course's development plan: the points chosen under the four themes, each goal as
 * baseline → now → target on its key figure, the actions (with an owner and a due date they are
 * tasks in the owner's inbox) and the learning activities. Both sides add to it.
 */
import { useState } from 'react';
import {
  Anchor,
  Button,
  Group,
  List,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { taskforceThemes, type TaskforceTheme } from '@hjemvej/domain';
import type { TaskforceCourse, TaskforceGoal, TaskforcePlan } from '@hjemvej/contract';
import { fieldError, fieldErrorsOf } from '../../api/api-error';
import { DateField } from '../../components/date-field';
import { Fact } from '../../components/fact';
import { StatusBadge } from '../../components/status-badge';
import { TableFrame } from '../../components/table-frame';
import { useNotify } from '../../components/use-notify';
import { formatIsoDate, todayInDenmark } from '../../format/date';
import { formatNumber } from '../../format/number';
import { useLanguage } from '../../i18n/use-language';
import { ModalForm } from './taskforce-course-modals';
import { TaskforceQuerySection } from './taskforce-section';
import {
  useCreateTaskforceAction,
  useCreateTaskforceGoal,
  useCreateTaskforceLearningActivity,
  useCreateTaskforcePoint,
  useTaskforcePlan,
} from './use-taskforce';

type Editing =
  | { readonly kind: 'point' | 'learning' }
  | { readonly kind: 'goal'; readonly pointId: string; readonly title: string }
  | { readonly kind: 'action'; readonly goalId: string; readonly title: string }
  | null;

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

function GoalView({ goal, canEdit, onAddAction }: { goal: TaskforceGoal; canEdit: boolean; onAddAction: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const value = useGoalValue();
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
        {canEdit ? (
          <Button
            size="compact-xs"
            variant="default"
            leftSection={<IconPlus size={12} aria-hidden="true" />}
            onClick={onAddAction}
          >
            {t('taskforce.plan.addAction')}
          </Button>
        ) : null}
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
        <Fact label={t('taskforce.plan.baseline')}>
          {value(goal.display, goal.baseline)}
          <Text size="xs" c="dimmed">
            {t('taskforce.plan.baselineFrom', {
              version: goal.baselinePackageVersion,
              from: date(goal.baselinePeriod.from),
              to: date(goal.baselinePeriod.to),
            })}
          </Text>
        </Fact>
        <Fact label={t('taskforce.plan.now')}>
          {goal.now.value === null ? (goal.now.hiddenLabel ?? '–') : value(goal.display, goal.now.value)}
          <Text size="xs" c="dimmed">
            {t('taskforce.plan.nowPeriod', { from: date(goal.now.from), to: date(goal.now.to) })}
          </Text>
        </Fact>
        <Fact label={t('taskforce.plan.target')}>
          {value(goal.display, goal.target)}
          <Text size="xs" c="dimmed">
            {t('taskforce.plan.targetBy', { date: date(goal.targetOn), owner: goal.owner.name })}
          </Text>
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
              {a.owner || a.dueOn
                ? ` – ${[a.owner?.name, a.dueOn ? t('taskforce.plan.dueOn', { date: date(a.dueOn) }) : null].filter(Boolean).join(', ')}`
                : ''}
              {a.taskId ? (
                <>
                  {' '}
                  {a.taskDone ? (
                    <StatusBadge tone="success">{t('taskforce.plan.taskDone')}</StatusBadge>
                  ) : (
                    <Anchor component={Link} to={`/inbox?task=${a.taskId}`} size="sm">
                      {t('taskforce.plan.taskInInbox')}
                    </Anchor>
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

export const themeLabel = (theme: TaskforceTheme) => `taskforce.plan.theme.${theme}` as const;

export function ThemeSelect({
  value,
  onChange,
  error,
}: {
  value: TaskforceTheme | null;
  onChange: (theme: TaskforceTheme | null) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('taskforce.plan.themeLabel')}
      data={taskforceThemes.map((theme) => ({ value: theme, label: t(themeLabel(theme)) }))}
      value={value}
      onChange={(v) => onChange(taskforceThemes.find((theme) => theme === v) ?? null)}
      error={error}
    />
  );
}

function OwnerSelect({
  plan,
  value,
  onChange,
  error,
  clearable = false,
}: {
  plan: TaskforcePlan;
  value: string | null;
  onChange: (id: string | null) => void;
  error: string | undefined;
  clearable?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Select
      searchable
      clearable={clearable}
      label={t('taskforce.plan.owner')}
      data={plan.owners.map((o) => ({ value: o.id, label: o.name }))}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}

export function LongText({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  return (
    <Textarea label={label} value={value} onChange={(e) => onChange(e.currentTarget.value)} error={error} autosize minRows={2} />
  );
}

function PointModal({ course, onClose }: { course: TaskforceCourse; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useCreateTaskforcePoint();
  const [theme, setTheme] = useState<TaskforceTheme | null>(null);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const fields = fieldErrorsOf(save.error);
  return (
    <ModalForm
      title={t('taskforce.plan.addPoint')}
      error={save.error}
      pending={save.isPending}
      submitLabel={t('taskforce.save')}
      onClose={onClose}
      onSubmit={async () => {
        await save.mutateAsync({ id: course.id, body: { theme: theme as TaskforceTheme, title, description } });
        notify(t('taskforce.plan.pointSaved'));
        onClose();
      }}
    >
      <ThemeSelect value={theme} onChange={setTheme} error={fieldError(fields, 'theme')} />
      <TextInput
        label={t('taskforce.plan.pointTitle')}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        error={fieldError(fields, 'title')}
      />
      <LongText
        label={t('taskforce.plan.description')}
        value={description}
        onChange={setDescription}
        error={fieldError(fields, 'description')}
      />
    </ModalForm>
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
  const notify = useNotify();
  const save = useCreateTaskforceGoal();
  const baseline = plan.packages.at(-1)?.id ?? null;
  const [measure, setMeasure] = useState<string | null>(null);
  const [packageId, setPackageId] = useState<string | null>(baseline);
  const [target, setTarget] = useState<number | string>('');
  const [targetOn, setTargetOn] = useState('');
  const [ownerUserId, setOwner] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const fields = fieldErrorsOf(save.error);
  return (
    <ModalForm
      title={t('taskforce.plan.addGoalTo', { point: title })}
      error={save.error}
      pending={save.isPending}
      submitLabel={t('taskforce.save')}
      onClose={onClose}
      onSubmit={async () => {
        await save.mutateAsync({
          id: course.id,
          pointId,
          body: {
            measure: measure as TaskforceGoal['measure'] | null,
            baselinePackageId: packageId,
            target: typeof target === 'number' ? target : Number.NaN,
            targetOn,
            ownerUserId: ownerUserId ?? '',
            description,
          },
        });
        notify(t('taskforce.plan.goalSaved'));
        onClose();
      }}
    >
      <Select
        data-autofocus
        searchable
        label={t('taskforce.plan.measure')}
        data={plan.measures.map((m) => ({ value: m.id, label: `${m.figure} · ${m.name}` }))}
        value={measure}
        onChange={setMeasure}
        error={fieldError(fields, 'measure')}
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
        value={packageId}
        onChange={setPackageId}
        error={fieldError(fields, 'baselinePackageId')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <NumberInput
          label={t('taskforce.plan.targetValue')}
          description={t('taskforce.plan.targetHint')}
          value={target}
          onChange={setTarget}
          min={0}
          decimalScale={1}
          error={fieldError(fields, 'target')}
        />
        <DateField
          label={t('taskforce.plan.targetOn')}
          value={targetOn}
          onChange={setTargetOn}
          error={fieldError(fields, 'targetOn')}
        />
      </SimpleGrid>
      <OwnerSelect plan={plan} value={ownerUserId} onChange={setOwner} error={fieldError(fields, 'ownerUserId')} />
      <LongText
        label={t('taskforce.plan.description')}
        value={description}
        onChange={setDescription}
        error={fieldError(fields, 'description')}
      />
    </ModalForm>
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
  const notify = useNotify();
  const save = useCreateTaskforceAction();
  const [text, setText] = useState('');
  const [ownerUserId, setOwner] = useState<string | null>(null);
  const [dueOn, setDueOn] = useState('');
  const fields = fieldErrorsOf(save.error);
  return (
    <ModalForm
      title={t('taskforce.plan.addActionTo', { goal: title })}
      error={save.error}
      pending={save.isPending}
      submitLabel={t('taskforce.save')}
      onClose={onClose}
      onSubmit={async () => {
        await save.mutateAsync({ id: course.id, goalId, body: { title: text, ownerUserId, dueOn: dueOn === '' ? null : dueOn } });
        notify(t('taskforce.plan.actionSaved'));
        onClose();
      }}
    >
      <Text size="sm">{t('taskforce.plan.actionLead')}</Text>
      <TextInput
        data-autofocus
        label={t('taskforce.plan.actionTitle')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        error={fieldError(fields, 'title')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <OwnerSelect plan={plan} value={ownerUserId} onChange={setOwner} error={fieldError(fields, 'ownerUserId')} clearable />
        <DateField label={t('taskforce.plan.dueOnLabel')} value={dueOn} onChange={setDueOn} error={fieldError(fields, 'dueOn')} />
      </SimpleGrid>
    </ModalForm>
  );
}

function LearningModal({ course, onClose }: { course: TaskforceCourse; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useCreateTaskforceLearningActivity();
  const [heldOn, setHeldOn] = useState(todayInDenmark());
  const [theme, setTheme] = useState<TaskforceTheme | null>(null);
  const [title, setTitle] = useState('');
  const [participants, setParticipants] = useState('');
  const fields = fieldErrorsOf(save.error);
  return (
    <ModalForm
      title={t('taskforce.plan.addLearning')}
      error={save.error}
      pending={save.isPending}
      submitLabel={t('taskforce.save')}
      onClose={onClose}
      onSubmit={async () => {
        await save.mutateAsync({ id: course.id, body: { heldOn, theme: theme as TaskforceTheme, title, participants } });
        notify(t('taskforce.plan.learningSaved'));
        onClose();
      }}
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <DateField
          data-autofocus
          label={t('taskforce.plan.heldOn')}
          value={heldOn}
          onChange={setHeldOn}
          error={fieldError(fields, 'heldOn')}
        />
        <ThemeSelect value={theme} onChange={setTheme} error={fieldError(fields, 'theme')} />
      </SimpleGrid>
      <TextInput
        label={t('taskforce.plan.learningTitle')}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        error={fieldError(fields, 'title')}
      />
      <LongText
        label={t('taskforce.plan.participants')}
        value={participants}
        onChange={setParticipants}
        error={fieldError(fields, 'participants')}
      />
    </ModalForm>
  );
}

/** The development plan section of the course page. */
export function TaskforcePlanSection({ course }: { course: TaskforceCourse }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const plan = useTaskforcePlan(course.id);
  const [editing, setEditing] = useState<Editing>(null);
  const p = plan.data;
  return (
    <TaskforceQuerySection
      id="taskforce-plan-title"
      title={t('taskforce.plan.title')}
      query={plan}
      actions={
        p?.canEdit ? (
          <>
            <Button
              size="compact-sm"
              variant="default"
              leftSection={<IconPlus size={14} aria-hidden="true" />}
              onClick={() => setEditing({ kind: 'point' })}
            >
              {t('taskforce.plan.addPoint')}
            </Button>
            <Button
              size="compact-sm"
              variant="default"
              leftSection={<IconPlus size={14} aria-hidden="true" />}
              onClick={() => setEditing({ kind: 'learning' })}
            >
              {t('taskforce.plan.addLearning')}
            </Button>
          </>
        ) : null
      }
    >
      {p ? (
        <Stack gap="md">
          {p.points.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('taskforce.plan.none')}
            </Text>
          ) : null}
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
                  <Button
                    size="compact-xs"
                    variant="default"
                    leftSection={<IconPlus size={12} aria-hidden="true" />}
                    onClick={() => setEditing({ kind: 'goal', pointId: point.id, title: point.title })}
                    aria-label={t('taskforce.plan.addGoalTo', { point: point.title })}
                  >
                    {t('taskforce.plan.addGoal')}
                  </Button>
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
            <Text size="sm" c="dimmed">
              {t('taskforce.plan.noLearning')}
            </Text>
          ) : (
            <TableFrame caption={t('taskforce.plan.learningActivities')} minWidth={480} testId="taskforce-learning">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('taskforce.plan.heldOn')}</Table.Th>
                  <Table.Th scope="col">{t('taskforce.plan.learningTitle')}</Table.Th>
                  <Table.Th scope="col">{t('taskforce.plan.themeLabel')}</Table.Th>
                  <Table.Th scope="col">{t('taskforce.plan.participants')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {p.learningActivities.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>{formatIsoDate(a.heldOn, locale)}</Table.Td>
                    <Table.Td>{a.title}</Table.Td>
                    <Table.Td>{t(themeLabel(a.theme))}</Table.Td>
                    <Table.Td>{a.participants || '–'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </TableFrame>
          )}
          {editing?.kind === 'point' ? <PointModal course={course} onClose={() => setEditing(null)} /> : null}
          {editing?.kind === 'learning' ? <LearningModal course={course} onClose={() => setEditing(null)} /> : null}
          {editing?.kind === 'goal' ? (
            <GoalModal
              course={course}
              plan={p}
              pointId={editing.pointId}
              title={editing.title}
              onClose={() => setEditing(null)}
            />
          ) : null}
          {editing?.kind === 'action' ? (
            <ActionModal
              course={course}
              plan={p}
              goalId={editing.goalId}
              title={editing.title}
              onClose={() => setEditing(null)}
            />
          ) : null}
        </Stack>
      ) : null}
    </TaskforceQuerySection>
  );
}
