import { useState, type FormEvent, type ReactNode } from 'react';
import { ActionIcon, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TaskforceCourse, TaskforceMember } from '@hjemvej/contract';
import { taskforceActivityKinds, taskforceCourseBodies, taskforcePhases, type TaskforcePhase } from '@hjemvej/domain';
import { fieldError, fieldErrorsOf } from '../../api/api-error';
import { AppModal } from '../../components/app-modal';
import { DateField } from '../../components/date-field';
import { ErrorAlert } from '../../components/error-alert';
import { useNotify } from '../../components/use-notify';
import { todayInDenmark } from '../../format/date';
import {
  useCreateTaskforceActivity,
  useSetTaskforceAgreement,
  useSetTaskforceMembers,
  useSetTaskforcePhases,
  useUpdateTaskforceActivity,
} from './use-taskforce';

/** A modal form: error on top, the fields, cancel and save. */
export function ModalForm({
  title,
  error,
  pending,
  submitLabel,
  onClose,
  onSubmit,
  size = 'lg',
  children,
}: {
  title: string;
  error: unknown;
  pending: boolean;
  submitLabel: string;
  onClose: () => void;
  onSubmit: () => Promise<void>;
  size?: 'md' | 'lg' | 'xl';
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit().catch(() => undefined);
  };
  return (
    <AppModal opened onClose={onClose} title={title} size={size}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          <ErrorAlert error={error} />
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

export function MarkDoneModal({
  course,
  activityId,
  onClose,
}: {
  course: TaskforceCourse;
  activityId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const update = useUpdateTaskforceActivity();
  const activity = course.activities.find((a) => a.id === activityId);
  const [doneOn, setDoneOn] = useState(todayInDenmark());
  const [note, setNote] = useState(activity?.note ?? '');
  const fields = fieldErrorsOf(update.error);
  if (!activity) return null;
  const name = activity.title || t(`taskforce.activityKind.${activity.kind}`);
  return (
    <ModalForm
      title={t('taskforce.markDoneTitle', { activity: name })}
      error={update.error}
      pending={update.isPending}
      submitLabel={t('taskforce.markDone')}
      onClose={onClose}
      onSubmit={async () => {
        await update.mutateAsync({ id: course.id, activityId, body: { doneOn, note } });
        notify(t('taskforce.activitySaved'));
        onClose();
      }}
    >
      <DateField
        data-autofocus
        required
        label={t('taskforce.field.doneOn')}
        value={doneOn}
        onChange={setDoneOn}
        error={fieldError(fields, 'doneOn')}
      />
      <Textarea
        label={t('taskforce.field.note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={fieldError(fields, 'note')}
        autosize
        minRows={2}
      />
    </ModalForm>
  );
}

export function ActivityModal({ course, onClose }: { course: TaskforceCourse; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const create = useCreateTaskforceActivity();
  const [phase, setPhase] = useState<string | null>(
    course.currentPhase && course.currentPhase !== 'finished' ? course.currentPhase : 'preparation',
  );
  const [kind, setKind] = useState<string | null>('status_meeting');
  const [title, setTitle] = useState('');
  const [plannedOn, setPlannedOn] = useState(todayInDenmark());
  const fields = fieldErrorsOf(create.error);
  return (
    <ModalForm
      title={t('taskforce.addActivity')}
      error={create.error}
      pending={create.isPending}
      submitLabel={t('taskforce.save')}
      onClose={onClose}
      onSubmit={async () => {
        await create.mutateAsync({
          id: course.id,
          body: {
            phase: (phase ?? '') as TaskforcePhase,
            kind: (kind ?? '') as (typeof taskforceActivityKinds)[number],
            title,
            plannedOn,
          },
        });
        notify(t('taskforce.activitySaved'));
        onClose();
      }}
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <Select
          data-autofocus
          required
          label={t('taskforce.field.phase')}
          data={taskforcePhases.map((p) => ({ value: p, label: t(`taskforce.phase.${p}`) }))}
          value={phase}
          onChange={setPhase}
          error={fieldError(fields, 'phase')}
        />
        <Select
          required
          label={t('taskforce.field.kind')}
          data={taskforceActivityKinds.map((k) => ({ value: k, label: t(`taskforce.activityKind.${k}`) }))}
          value={kind}
          onChange={setKind}
          error={fieldError(fields, 'kind')}
        />
      </SimpleGrid>
      <TextInput
        label={t('taskforce.field.title')}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        error={fieldError(fields, 'title')}
      />
      <DateField
        required
        label={t('taskforce.field.plannedOn')}
        value={plannedOn}
        onChange={setPlannedOn}
        error={fieldError(fields, 'plannedOn')}
      />
    </ModalForm>
  );
}

export function PhasesModal({ course, onClose }: { course: TaskforceCourse; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useSetTaskforcePhases();
  const [phases, setPhases] = useState(course.phases);
  const fields = fieldErrorsOf(save.error);
  const set = (index: number, field: 'plannedStart' | 'plannedEnd' | 'actualStart' | 'actualEnd', value: string | null) =>
    setPhases(phases.map((p, i) => (i === index ? { ...p, [field]: value } : p)));
  return (
    <ModalForm
      title={t('taskforce.editPhases')}
      error={save.error}
      pending={save.isPending}
      submitLabel={t('taskforce.save')}
      size="xl"
      onClose={onClose}
      onSubmit={async () => {
        await save.mutateAsync({ id: course.id, body: { version: course.version, phases } });
        notify(t('taskforce.phasesSaved'));
        onClose();
      }}
    >
      {phases.map((p, index) => (
        <fieldset key={p.phase} style={{ border: 0, padding: 0, margin: 0 }}>
          <Title order={3} size="h5" component="legend" mb="xs">
            {t(`taskforce.phase.${p.phase}`)}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
            <DateField
              data-autofocus={index === 0 ? true : undefined}
              required
              label={t('taskforce.field.plannedStart')}
              value={p.plannedStart}
              onChange={(v) => set(index, 'plannedStart', v)}
              error={fieldError(fields, `phases.${index}.plannedStart`)}
            />
            <DateField
              required
              label={t('taskforce.field.plannedEnd')}
              value={p.plannedEnd}
              onChange={(v) => set(index, 'plannedEnd', v)}
              error={fieldError(fields, `phases.${index}.plannedEnd`)}
            />
            <DateField
              label={t('taskforce.field.actualStart')}
              value={p.actualStart}
              onChange={(v) => set(index, 'actualStart', v === '' ? null : v)}
              error={fieldError(fields, `phases.${index}.actualStart`)}
            />
            <DateField
              label={t('taskforce.field.actualEnd')}
              value={p.actualEnd}
              onChange={(v) => set(index, 'actualEnd', v === '' ? null : v)}
              error={fieldError(fields, `phases.${index}.actualEnd`)}
            />
          </SimpleGrid>
        </fieldset>
      ))}
    </ModalForm>
  );
}

export function AgreementModal({ course, onClose }: { course: TaskforceCourse; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useSetTaskforceAgreement();
  const [agreement, setAgreement] = useState(course.agreement);
  const fields = fieldErrorsOf(save.error);
  const setText = (field: 'document' | 'dataScope' | 'dataAccess', value: string) =>
    setAgreement({ ...agreement, [field]: value });
  const setDate = (field: 'signedOn' | 'dataPeriodFrom' | 'dataPeriodTo' | 'dataValidUntil', value: string) =>
    setAgreement({ ...agreement, [field]: value === '' ? null : value });
  return (
    <ModalForm
      title={t('taskforce.editAgreement')}
      error={save.error}
      pending={save.isPending}
      submitLabel={t('taskforce.save')}
      size="xl"
      onClose={onClose}
      onSubmit={async () => {
        await save.mutateAsync({ id: course.id, body: { version: course.version, ...agreement } });
        notify(t('taskforce.agreementSaved'));
        onClose();
      }}
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <DateField
          data-autofocus
          label={t('taskforce.field.signedOn')}
          value={agreement.signedOn}
          onChange={(v) => setDate('signedOn', v)}
          error={fieldError(fields, 'signedOn')}
        />
        <TextInput
          label={t('taskforce.field.document')}
          value={agreement.document}
          onChange={(e) => setText('document', e.currentTarget.value)}
          error={fieldError(fields, 'document')}
        />
      </SimpleGrid>
      <Textarea
        label={t('taskforce.field.dataScope')}
        value={agreement.dataScope}
        onChange={(e) => setText('dataScope', e.currentTarget.value)}
        error={fieldError(fields, 'dataScope')}
        autosize
        minRows={2}
      />
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <DateField
          label={t('taskforce.field.dataPeriodFrom')}
          value={agreement.dataPeriodFrom}
          onChange={(v) => setDate('dataPeriodFrom', v)}
          error={fieldError(fields, 'dataPeriodFrom')}
        />
        <DateField
          label={t('taskforce.field.dataPeriodTo')}
          value={agreement.dataPeriodTo}
          onChange={(v) => setDate('dataPeriodTo', v)}
          error={fieldError(fields, 'dataPeriodTo')}
        />
        <DateField
          label={t('taskforce.field.dataValidUntil')}
          value={agreement.dataValidUntil}
          onChange={(v) => setDate('dataValidUntil', v)}
          error={fieldError(fields, 'dataValidUntil')}
        />
      </SimpleGrid>
      <Textarea
        label={t('taskforce.field.dataAccess')}
        value={agreement.dataAccess}
        onChange={(e) => setText('dataAccess', e.currentTarget.value)}
        error={fieldError(fields, 'dataAccess')}
        autosize
        minRows={2}
      />
    </ModalForm>
  );
}

export function MembersModal({ course, onClose }: { course: TaskforceCourse; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useSetTaskforceMembers();
  const [members, setMembers] = useState<TaskforceMember[]>(course.members);
  const fields = fieldErrorsOf(save.error);
  const set = (index: number, change: Partial<TaskforceMember>) =>
    setMembers(members.map((m, i) => (i === index ? { ...m, ...change } : m)));
  return (
    <ModalForm
      title={t('taskforce.editMembers')}
      error={save.error}
      pending={save.isPending}
      submitLabel={t('taskforce.save')}
      size="xl"
      onClose={onClose}
      onSubmit={async () => {
        await save.mutateAsync({ id: course.id, body: { version: course.version, members } });
        notify(t('taskforce.membersSaved'));
        onClose();
      }}
    >
      {taskforceCourseBodies.map((body) => (
        <Stack key={body} gap="xs">
          <Title order={3} size="h5">
            {t(`taskforce.body.${body}`)}
          </Title>
          {members.map((m, index) =>
            m.body === body ? (
              <Paper key={index} withBorder p="xs" radius="sm">
                <Group align="flex-end" wrap="nowrap" gap="xs">
                  <SimpleGrid cols={{ base: 1, xs: 2 }} style={{ flex: 1 }}>
                    <TextInput
                      required
                      label={t('taskforce.field.memberName')}
                      value={m.name}
                      onChange={(e) => set(index, { name: e.currentTarget.value })}
                      error={fieldError(fields, `members.${index}.name`)}
                    />
                    <TextInput
                      label={t('taskforce.field.memberRole')}
                      value={m.role}
                      onChange={(e) => set(index, { role: e.currentTarget.value })}
                      error={fieldError(fields, `members.${index}.role`)}
                    />
                  </SimpleGrid>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mb={4}
                    onClick={() => setMembers(members.filter((_, i) => i !== index))}
                    aria-label={t('taskforce.removeMember', { name: m.name || t('taskforce.field.memberName') })}
                  >
                    <IconTrash size={16} aria-hidden="true" />
                  </ActionIcon>
                </Group>
              </Paper>
            ) : null,
          )}
          {members.every((m) => m.body !== body) ? (
            <Text size="sm" c="dimmed">
              {t('taskforce.noMembers')}
            </Text>
          ) : null}
          <Group>
            <Button
              size="compact-sm"
              variant="default"
              leftSection={<IconPlus size={14} aria-hidden="true" />}
              onClick={() => setMembers([...members, { body, name: '', role: '' }])}
            >
              {t(`taskforce.addMember.${body}`)}
            </Button>
          </Group>
        </Stack>
      ))}
    </ModalForm>
  );
}
