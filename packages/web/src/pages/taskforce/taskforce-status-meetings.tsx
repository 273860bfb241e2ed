/**
 * The course's status meetings: each meeting held with its agenda (the plan's actions due since
 * the previous meeting and their task status, each goal's movement baseline → previous meeting →
 * at the meeting), its minutes and its decisions (each a task in its owner's inbox); and the flow
 * for a new meeting, showing the agenda the system builds on live data today.
 */
import { useState } from 'react';
import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  List,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TaskforceCourse, TaskforceStatusAgenda, TaskforceStatusMeetings } from '@hjemvej/contract';
import { fieldError, fieldErrorsOf } from '../../api/api-error';
import { DateField } from '../../components/date-field';
import { TableFrame } from '../../components/table-frame';
import { useNotify } from '../../components/use-notify';
import { formatIsoDate } from '../../format/date';
import { useLanguage } from '../../i18n/use-language';
import { TaskStatusBadge } from '../tasks/task-badges';
import { ModalForm } from './taskforce-course-modals';
import { useGoalValue } from './taskforce-plan';
import { TaskforceQuerySection } from './taskforce-section';
import { useCreateTaskforceStatusMeeting, useTaskforceStatusMeetings } from './use-taskforce';

type Goal = TaskforceStatusAgenda['goals'][number];

/** Each goal's movement: baseline → the value kept at the previous meeting → now (or at the meeting). */
function GoalMovement({ goals, nowLabel, caption }: { goals: readonly Goal[]; nowLabel: string; caption: string }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const value = useGoalValue();
  const shown = (goal: Goal, v: { value: number | null; hiddenLabel: string | null }) =>
    v.value === null ? (v.hiddenLabel ?? '–') : value(goal.display, v.value);
  if (goals.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('taskforce.meeting.noGoals')}
      </Text>
    );
  return (
    <TableFrame caption={caption} minWidth={560} testId="taskforce-goal-movement">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('taskforce.meeting.goal')}</Table.Th>
          <Table.Th scope="col">{t('taskforce.plan.baseline')}</Table.Th>
          <Table.Th scope="col">{t('taskforce.meeting.previous')}</Table.Th>
          <Table.Th scope="col">{nowLabel}</Table.Th>
          <Table.Th scope="col">{t('taskforce.plan.target')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {goals.map((goal) => (
          <Table.Tr key={goal.goalId}>
            <Table.Th scope="row" fw={500}>
              {goal.measureName}
              <Text size="xs" c="dimmed">
                {goal.pointTitle}
              </Text>
            </Table.Th>
            <Table.Td>{value(goal.display, goal.baseline)}</Table.Td>
            <Table.Td>
              {goal.previous ? (
                <>
                  {shown(goal, goal.previous)}
                  <Text size="xs" c="dimmed">
                    {formatIsoDate(goal.previous.heldOn, locale)}
                  </Text>
                </>
              ) : (
                '–'
              )}
            </Table.Td>
            <Table.Td>
              {shown(goal, goal.now)}
              <Text size="xs" c="dimmed">
                {t('taskforce.plan.nowPeriod', {
                  from: formatIsoDate(goal.now.from, locale),
                  to: formatIsoDate(goal.now.to, locale),
                })}
              </Text>
            </Table.Td>
            <Table.Td>
              {value(goal.display, goal.target)}
              <Text size="xs" c="dimmed">
                {formatIsoDate(goal.targetOn, locale)}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </TableFrame>
  );
}

/** The plan's actions the meeting follows up, each with its task's status. */
function AgendaActions({ agenda }: { agenda: TaskforceStatusAgenda }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const since = agenda.previousHeldOn
    ? t('taskforce.meeting.actionsSince', { date: formatIsoDate(agenda.previousHeldOn, locale) })
    : t('taskforce.meeting.actionsSincePlan');
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {since}
      </Text>
      {agenda.actions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('taskforce.meeting.noActions')}
        </Text>
      ) : (
        <List size="sm" spacing={4}>
          {agenda.actions.map((a) => (
            <List.Item key={a.actionId}>
              {a.title} –{' '}
              {[a.owner?.name, t('taskforce.plan.dueOn', { date: formatIsoDate(a.dueOn, locale) })].filter(Boolean).join(', ')}{' '}
              {a.taskStatus ? <TaskStatusBadge status={a.taskStatus} /> : null}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

function MeetingView({ meeting }: { meeting: TaskforceStatusMeetings['meetings'][number] }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const heldOn = formatIsoDate(meeting.heldOn, locale);
  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      component="article"
      aria-labelledby={`meeting-${meeting.id}`}
      data-testid="taskforce-status-meeting"
    >
      <Stack gap="sm">
        <Title order={3} size="h5" id={`meeting-${meeting.id}`}>
          {t('taskforce.meeting.heading', { date: heldOn })}
        </Title>
        <GoalMovement
          goals={meeting.agenda.goals}
          nowLabel={t('taskforce.meeting.atMeeting')}
          caption={t('taskforce.meeting.movementAt', { date: heldOn })}
        />
        <AgendaActions agenda={meeting.agenda} />
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('taskforce.meeting.minutes')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {meeting.minutes || '–'}
          </Text>
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('taskforce.meeting.decisions')}
          </Text>
          {meeting.decisions.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('taskforce.meeting.noDecisions')}
            </Text>
          ) : (
            <List size="sm" spacing={4}>
              {meeting.decisions.map((d) => (
                <List.Item key={d.id}>
                  {d.text} – {d.owner.name}, {t('taskforce.plan.dueOn', { date: formatIsoDate(d.dueOn, locale) })}{' '}
                  {d.taskStatus ? <TaskStatusBadge status={d.taskStatus} /> : null}{' '}
                  {d.taskId && d.taskStatus !== 'done' ? (
                    <Anchor component={Link} to={`/inbox?task=${d.taskId}`} size="sm">
                      {t('taskforce.plan.taskInInbox')}
                    </Anchor>
                  ) : null}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}

type DecisionDraft = { key: number; text: string; ownerUserId: string | null; dueOn: string };

function NewMeetingModal({
  course,
  meetings,
  onClose,
}: {
  course: TaskforceCourse;
  meetings: TaskforceStatusMeetings;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useCreateTaskforceStatusMeeting();
  const { draft } = meetings;
  const [heldOn, setHeldOn] = useState(draft.heldOn);
  const [minutes, setMinutes] = useState('');
  const [decisions, setDecisions] = useState<DecisionDraft[]>([]);
  const [nextKey, setNextKey] = useState(0);
  const fields = fieldErrorsOf(save.error);
  const change = (key: number, values: Partial<DecisionDraft>) =>
    setDecisions((all) => all.map((d) => (d.key === key ? { ...d, ...values } : d)));
  return (
    <ModalForm
      title={t('taskforce.meeting.new')}
      error={save.error}
      pending={save.isPending}
      submitLabel={t('taskforce.meeting.save')}
      size="xl"
      onClose={onClose}
      onSubmit={async () => {
        await save.mutateAsync({
          id: course.id,
          body: {
            heldOn,
            minutes,
            decisions: decisions.map((d) => ({
              text: d.text,
              ownerUserId: d.ownerUserId,
              dueOn: d.dueOn === '' ? null : d.dueOn,
            })),
          },
        });
        notify(t('taskforce.meeting.saved'));
        onClose();
      }}
    >
      <DateField
        data-autofocus
        label={t('taskforce.meeting.heldOn')}
        description={t('taskforce.meeting.heldOnHint')}
        value={heldOn}
        onChange={setHeldOn}
        error={fieldError(fields, 'heldOn')}
      />
      <Title order={3} size="h6">
        {t('taskforce.meeting.agenda')}
      </Title>
      <GoalMovement goals={draft.goals} nowLabel={t('taskforce.plan.now')} caption={t('taskforce.meeting.movementNow')} />
      <AgendaActions agenda={draft} />
      <Textarea
        label={t('taskforce.meeting.minutes')}
        value={minutes}
        onChange={(e) => setMinutes(e.currentTarget.value)}
        error={fieldError(fields, 'minutes')}
        autosize
        minRows={3}
      />
      <Title order={3} size="h6">
        {t('taskforce.meeting.decisions')}
      </Title>
      <Text size="sm">{t('taskforce.meeting.decisionsLead')}</Text>
      {decisions.map((d, index) => (
        <Paper key={d.key} withBorder p="xs" radius="sm" data-testid="taskforce-decision-row">
          <Stack gap="xs">
            <Group align="flex-end" gap="xs" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                label={t('taskforce.meeting.decisionText', { number: index + 1 })}
                value={d.text}
                onChange={(e) => change(d.key, { text: e.currentTarget.value })}
                error={fieldError(fields, `decisions.${index}.text`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('taskforce.meeting.removeDecision', { number: index + 1 })}
                onClick={() => setDecisions((all) => all.filter((x) => x.key !== d.key))}
              >
                <IconTrash size={16} aria-hidden="true" />
              </ActionIcon>
            </Group>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
              <Select
                searchable
                label={t('taskforce.plan.owner')}
                data={meetings.owners.map((o) => ({ value: o.id, label: o.name }))}
                value={d.ownerUserId}
                onChange={(ownerUserId) => change(d.key, { ownerUserId })}
                error={fieldError(fields, `decisions.${index}.ownerUserId`)}
              />
              <DateField
                label={t('taskforce.meeting.dueOn')}
                value={d.dueOn}
                onChange={(dueOn) => change(d.key, { dueOn })}
                error={fieldError(fields, `decisions.${index}.dueOn`)}
              />
            </SimpleGrid>
          </Stack>
        </Paper>
      ))}
      <Group>
        <Button
          variant="default"
          size="compact-sm"
          leftSection={<IconPlus size={14} aria-hidden="true" />}
          onClick={() => {
            setDecisions((all) => [...all, { key: nextKey, text: '', ownerUserId: null, dueOn: '' }]);
            setNextKey((k) => k + 1);
          }}
        >
          {t('taskforce.meeting.addDecision')}
        </Button>
      </Group>
    </ModalForm>
  );
}

/** The status-meeting section of the course page. */
export function TaskforceStatusMeetingsSection({ course }: { course: TaskforceCourse }) {
  const { t } = useTranslation();
  const meetings = useTaskforceStatusMeetings(course.id);
  const [creating, setCreating] = useState(false);
  const m = meetings.data;
  return (
    <TaskforceQuerySection
      id="taskforce-meetings-title"
      title={t('taskforce.meeting.title')}
      query={meetings}
      actions={
        m?.canEdit ? (
          <Button
            size="compact-sm"
            variant="default"
            leftSection={<IconPlus size={14} aria-hidden="true" />}
            onClick={() => setCreating(true)}
          >
            {t('taskforce.meeting.new')}
          </Button>
        ) : null
      }
    >
      {m ? (
        <Stack gap="md">
          {m.meetings.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('taskforce.meeting.none')}
            </Text>
          ) : null}
          {m.meetings.map((meeting) => (
            <MeetingView key={meeting.id} meeting={meeting} />
          ))}
          {creating ? <NewMeetingModal course={course} meetings={m} onClose={() => setCreating(false)} /> : null}
        </Stack>
      ) : null}
    </TaskforceQuerySection>
  );
}
