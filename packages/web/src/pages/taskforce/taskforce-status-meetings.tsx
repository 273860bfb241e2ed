/**
 * The course's status meetings: each meeting held with its agenda (the plan's actions due since
 * the previous meeting and their task status, each goal's movement baseline → previous meeting →
 * at the meeting), its minutes and its decisions (each a task in its owner's inbox); and the flow
 * for a new meeting, showing the agenda the system builds on live data today.
 */
import { ActionIcon, Group, List, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskforceCourse, TaskforceStatusAgenda, TaskforceStatusMeetings } from '@hjemvej/contract';
import { CompactButton } from '../../components/compact-button';
import { DateField } from '../../components/date-field';
import { EmptyText } from '../../components/empty-text';
import { FormModal } from '../../components/form-modal';
import { formatIsoDate } from '../../format/date';
import { useLanguage } from '../../i18n/use-language';
import { TaskStatusBadge } from '../tasks/task-badges';
import { GoalMovement, LongText, OwnerSelect, TaskInboxLink, useOwnerAndDue } from './taskforce-goals';
import { TaskforceItem, TaskforceQuerySection } from './taskforce-section';
import { useTaskforceForm } from './use-taskforce-form';
import { useCreateTaskforceStatusMeeting, useTaskforceStatusMeetings } from './use-taskforce';

/** A part of a meeting under its small heading: the actions it follows up, its minutes, its decisions. */
export function MeetingPart({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      {children}
    </Stack>
  );
}

/** A meeting's lines (its actions, its decisions), or what says there are none. */
export function MeetingLines({ empty, children }: { empty: string; children: ReactNode[] }) {
  return children.length === 0 ? (
    <EmptyText>{empty}</EmptyText>
  ) : (
    <List size="sm" spacing={4}>
      {children}
    </List>
  );
}

/** The plan's actions the meeting follows up, each with its task's status. */
function AgendaActions({ agenda }: { agenda: TaskforceStatusAgenda }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const since = agenda.previousHeldOn
    ? t('taskforce.meeting.actionsSince', { date: formatIsoDate(agenda.previousHeldOn, locale) })
    : t('taskforce.meeting.actionsSincePlan');
  const ownerAndDue = useOwnerAndDue();
  return (
    <MeetingPart title={since}>
      <MeetingLines empty={t('taskforce.meeting.noActions')}>
        {agenda.actions.map((a) => (
          <List.Item key={a.actionId}>
            {a.title} – {ownerAndDue(a.owner, a.dueOn)} {a.taskStatus ? <TaskStatusBadge status={a.taskStatus} /> : null}
          </List.Item>
        ))}
      </MeetingLines>
    </MeetingPart>
  );
}

function MeetingView({ meeting }: { meeting: TaskforceStatusMeetings['meetings'][number] }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const heldOn = formatIsoDate(meeting.heldOn, locale);
  return (
    <TaskforceItem name={{ labelledBy: `meeting-${meeting.id}` }} testId="taskforce-status-meeting">
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
        <MeetingPart title={t('taskforce.meeting.minutes')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {meeting.minutes || '–'}
          </Text>
        </MeetingPart>
        <MeetingPart title={t('taskforce.meeting.decisions')}>
          <MeetingLines empty={t('taskforce.meeting.noDecisions')}>
            {meeting.decisions.map((d) => (
              <List.Item key={d.id}>
                {d.text} – {d.owner.name}, {t('taskforce.plan.dueOn', { date: formatIsoDate(d.dueOn, locale) })}{' '}
                {d.taskStatus ? <TaskStatusBadge status={d.taskStatus} /> : null}{' '}
                {d.taskId && d.taskStatus !== 'done' ? <TaskInboxLink taskId={d.taskId} /> : null}
              </List.Item>
            ))}
          </MeetingLines>
        </MeetingPart>
      </Stack>
    </TaskforceItem>
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
  const save = useCreateTaskforceStatusMeeting();
  const { draft } = meetings;
  const [nextKey, setNextKey] = useState(0);
  const { form, modal } = useTaskforceForm({
    initialValues: { heldOn: draft.heldOn, minutes: '', decisions: [] as DecisionDraft[] },
    mutation: save,
    send: ({ decisions, ...body }) =>
      save.mutateAsync({
        id: course.id,
        body: {
          ...body,
          decisions: decisions.map((d) => ({ text: d.text, ownerUserId: d.ownerUserId, dueOn: d.dueOn === '' ? null : d.dueOn })),
        },
      }),
    saved: t('taskforce.meeting.saved'),
    submitLabel: t('taskforce.meeting.save'),
    size: 'xl',
    onClose,
  });
  return (
    <FormModal title={t('taskforce.meeting.new')} {...modal}>
      <DateField
        data-autofocus
        label={t('taskforce.meeting.heldOn')}
        description={t('taskforce.meeting.heldOnHint')}
        {...form.getInputProps('heldOn')}
      />
      <Title order={3} size="h6">
        {t('taskforce.meeting.agenda')}
      </Title>
      <GoalMovement goals={draft.goals} nowLabel={t('taskforce.plan.now')} caption={t('taskforce.meeting.movementNow')} />
      <AgendaActions agenda={draft} />
      <LongText label={t('taskforce.meeting.minutes')} minRows={3} {...form.getInputProps('minutes')} />
      <Title order={3} size="h6">
        {t('taskforce.meeting.decisions')}
      </Title>
      <Text size="sm">{t('taskforce.meeting.decisionsLead')}</Text>
      {form.values.decisions.map((d, index) => (
        <Paper key={d.key} withBorder p="xs" radius="sm" data-testid="taskforce-decision-row">
          <Stack gap="xs">
            <Group align="flex-end" gap="xs" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                label={t('taskforce.meeting.decisionText', { number: index + 1 })}
                {...form.getInputProps(`decisions.${index}.text`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('taskforce.meeting.removeDecision', { number: index + 1 })}
                onClick={() => form.removeListItem('decisions', index)}
              >
                <IconTrash size={16} aria-hidden="true" />
              </ActionIcon>
            </Group>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
              <OwnerSelect owners={meetings.owners} {...form.getInputProps(`decisions.${index}.ownerUserId`)} />
              <DateField label={t('taskforce.meeting.dueOn')} {...form.getInputProps(`decisions.${index}.dueOn`)} />
            </SimpleGrid>
          </Stack>
        </Paper>
      ))}
      <Group>
        <CompactButton
          label={t('taskforce.meeting.addDecision')}
          onClick={() => {
            form.insertListItem('decisions', { key: nextKey, text: '', ownerUserId: null, dueOn: '' });
            setNextKey((k) => k + 1);
          }}
        />
      </Group>
    </FormModal>
  );
}

/** The status-meeting section of the course page. */
export function TaskforceStatusMeetingsSection({ course }: { course: TaskforceCourse }) {
  const { t } = useTranslation();
  const meetings = useTaskforceStatusMeetings(course.id);
  const [creating, setCreating] = useState(false);
  return (
    <TaskforceQuerySection
      id="taskforce-meetings-title"
      title={t('taskforce.meeting.title')}
      query={meetings}
      actions={
        meetings.data?.canEdit ? <CompactButton label={t('taskforce.meeting.new')} onClick={() => setCreating(true)} /> : null
      }
    >
      {(m) => (
        <>
          {m.meetings.length === 0 ? <EmptyText>{t('taskforce.meeting.none')}</EmptyText> : null}
          {m.meetings.map((meeting) => (
            <MeetingView key={meeting.id} meeting={meeting} />
          ))}
          {creating ? <NewMeetingModal course={course} meetings={m} onClose={() => setCreating(false)} /> : null}
        </>
      )}
    </TaskforceQuerySection>
  );
}
