import { ActionIcon, Group, Paper, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TaskforceCourse } from '@hjemvej/contract';
import { taskforceActivityKinds, taskforceCourseBodies, taskforcePhases } from '@hjemvej/domain';
import { CompactButton } from '../../components/compact-button';
import { DateField } from '../../components/date-field';
import { EmptyText } from '../../components/empty-text';
import { FormModal } from '../../components/form-modal';
import { todayInDenmark } from '../../format/date';
import { LongText } from './taskforce-goals';
import {
  useCreateTaskforceActivity,
  useSetTaskforceAgreement,
  useSetTaskforceMembers,
  useSetTaskforcePhases,
  useUpdateTaskforceActivity,
} from './use-taskforce';
import { useTaskforceForm } from './use-taskforce-form';

const fieldsetStyle = { border: 0, padding: 0, margin: 0 };

/** An empty date is no date. */
const dateOrNull = (date: string | null) => (date === '' ? null : date);

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
  const update = useUpdateTaskforceActivity();
  const activity = course.activities.find((a) => a.id === activityId);
  const { form, modal } = useTaskforceForm({
    initialValues: { doneOn: todayInDenmark(), note: activity?.note ?? '' },
    mutation: update,
    send: (body) => update.mutateAsync({ id: course.id, activityId, body }),
    saved: t('taskforce.activitySaved'),
    submitLabel: t('taskforce.markDone'),
    onClose,
  });
  if (!activity) return null;
  const name = activity.title || t(`taskforce.activityKind.${activity.kind}`);
  return (
    <FormModal title={t('taskforce.markDoneTitle', { activity: name })} {...modal}>
      <DateField data-autofocus required label={t('taskforce.field.doneOn')} {...form.getInputProps('doneOn')} />
      <LongText label={t('taskforce.field.note')} {...form.getInputProps('note')} />
    </FormModal>
  );
}

export function ActivityModal({ course, onClose }: { course: TaskforceCourse; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateTaskforceActivity();
  const { form, modal } = useTaskforceForm({
    initialValues: {
      phase: course.currentPhase && course.currentPhase !== 'finished' ? course.currentPhase : 'preparation',
      kind: 'status_meeting',
      title: '',
      plannedOn: todayInDenmark(),
    },
    mutation: create,
    send: ({ phase, kind, ...body }) =>
      create.mutateAsync({
        id: course.id,
        body: {
          ...body,
          phase: phase ?? '',
          kind: (kind ?? '') as (typeof taskforceActivityKinds)[number],
        },
      }),
    saved: t('taskforce.activitySaved'),
    onClose,
  });
  return (
    <FormModal title={t('taskforce.addActivity')} {...modal}>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <Select
          data-autofocus
          required
          label={t('taskforce.field.phase')}
          data={taskforcePhases.map((p) => ({ value: p, label: t(`taskforce.phase.${p}`) }))}
          {...form.getInputProps('phase')}
        />
        <Select
          required
          label={t('taskforce.field.kind')}
          data={taskforceActivityKinds.map((k) => ({ value: k, label: t(`taskforce.activityKind.${k}`) }))}
          {...form.getInputProps('kind')}
        />
      </SimpleGrid>
      <TextInput label={t('taskforce.field.title')} {...form.getInputProps('title')} />
      <DateField required label={t('taskforce.field.plannedOn')} {...form.getInputProps('plannedOn')} />
    </FormModal>
  );
}

export function PhasesModal({ course, onClose }: { course: TaskforceCourse; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSetTaskforcePhases();
  const { form, modal } = useTaskforceForm({
    initialValues: { phases: course.phases },
    mutation: save,
    send: ({ phases }) =>
      save.mutateAsync({
        id: course.id,
        body: {
          version: course.version,
          phases: phases.map((p) => ({ ...p, actualStart: dateOrNull(p.actualStart), actualEnd: dateOrNull(p.actualEnd) })),
        },
      }),
    saved: t('taskforce.phasesSaved'),
    size: 'xl',
    onClose,
  });
  return (
    <FormModal title={t('taskforce.editPhases')} {...modal}>
      {form.values.phases.map((p, index) => (
        <fieldset key={p.phase} style={fieldsetStyle}>
          <Title order={3} size="h5" component="legend" mb="xs">
            {t(`taskforce.phase.${p.phase}`)}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
            {(['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'] as const).map((field) => (
              <DateField
                key={field}
                data-autofocus={index === 0 && field === 'plannedStart' ? true : undefined}
                required={field.startsWith('planned')}
                label={t(`taskforce.field.${field}`)}
                {...form.getInputProps(`phases.${index}.${field}`)}
              />
            ))}
          </SimpleGrid>
        </fieldset>
      ))}
    </FormModal>
  );
}

export function AgreementModal({ course, onClose }: { course: TaskforceCourse; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSetTaskforceAgreement();
  const { form, modal } = useTaskforceForm({
    initialValues: course.agreement,
    mutation: save,
    send: (agreement) =>
      save.mutateAsync({
        id: course.id,
        body: {
          version: course.version,
          ...agreement,
          signedOn: dateOrNull(agreement.signedOn),
          dataPeriodFrom: dateOrNull(agreement.dataPeriodFrom),
          dataPeriodTo: dateOrNull(agreement.dataPeriodTo),
          dataValidUntil: dateOrNull(agreement.dataValidUntil),
        },
      }),
    saved: t('taskforce.agreementSaved'),
    size: 'xl',
    onClose,
  });
  return (
    <FormModal title={t('taskforce.editAgreement')} {...modal}>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <DateField data-autofocus label={t('taskforce.field.signedOn')} {...form.getInputProps('signedOn')} />
        <TextInput label={t('taskforce.field.document')} {...form.getInputProps('document')} />
      </SimpleGrid>
      <LongText label={t('taskforce.field.dataScope')} {...form.getInputProps('dataScope')} />
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        {(['dataPeriodFrom', 'dataPeriodTo', 'dataValidUntil'] as const).map((field) => (
          <DateField key={field} label={t(`taskforce.field.${field}`)} {...form.getInputProps(field)} />
        ))}
      </SimpleGrid>
      <LongText label={t('taskforce.field.dataAccess')} {...form.getInputProps('dataAccess')} />
    </FormModal>
  );
}

export function MembersModal({ course, onClose }: { course: TaskforceCourse; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSetTaskforceMembers();
  const { form, modal } = useTaskforceForm({
    initialValues: { members: course.members },
    mutation: save,
    send: ({ members }) => save.mutateAsync({ id: course.id, body: { version: course.version, members } }),
    saved: t('taskforce.membersSaved'),
    size: 'xl',
    onClose,
  });
  const { members } = form.values;
  return (
    <FormModal title={t('taskforce.editMembers')} {...modal}>
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
                      {...form.getInputProps(`members.${index}.name`)}
                    />
                    <TextInput label={t('taskforce.field.memberRole')} {...form.getInputProps(`members.${index}.role`)} />
                  </SimpleGrid>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mb={4}
                    onClick={() => form.removeListItem('members', index)}
                    aria-label={t('taskforce.removeMember', { name: m.name || t('taskforce.field.memberName') })}
                  >
                    <IconTrash size={16} aria-hidden="true" />
                  </ActionIcon>
                </Group>
              </Paper>
            ) : null,
          )}
          {members.every((m) => m.body !== body) ? <EmptyText>{t('taskforce.noMembers')}</EmptyText> : null}
          <Group>
            <CompactButton
              label={t(`taskforce.addMember.${body}`)}
              onClick={() => form.insertListItem('members', { body, name: '', role: '' })}
            />
          </Group>
        </Stack>
      ))}
    </FormModal>
  );
}
