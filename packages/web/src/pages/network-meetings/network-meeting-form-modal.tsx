import { ActionIcon, Group, MultiSelect, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { NetworkMeetingParticipantInput, NetworkMeeting } from '@hjemvej/contract';
import { FormModal } from '../../components/form-modal';
import { useFormModal } from '../../forms/use-form-modal';
import { useLinkedUnits } from '../organisation/use-linked-units';
import { useCreateNetworkMeeting, useUpdateNetworkMeeting } from './use-network-meetings';
import { usePartners } from '../organisation/use-partners';
import { fromLocalInput, toLocalInput } from '../../format/date';
import { CompactButton } from '../../components/compact-button';

interface Other {
  name: string;
  role: string;
}

/** A new network meeting, or changes to one: when, who took part, the agenda and the notes. */
export function NetworkMeetingFormModal({
  citizenId,
  meeting,
  onClose,
}: {
  citizenId: string;
  meeting: NetworkMeeting | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateNetworkMeeting(citizenId);
  const update = useUpdateNetworkMeeting(meeting?.id ?? '');
  const units = useLinkedUnits();
  const partners = usePartners();
  const participants = meeting?.participants ?? [];
  const { form, modal } = useFormModal({
    initialValues: {
      title: meeting?.title ?? '',
      heldAt: toLocalInput(meeting?.heldAt ?? new Date().toISOString()),
      unitIds: participants.flatMap((p) => (p.kind === 'unit' && p.unitId ? [p.unitId] : [])),
      partnerIds: participants.flatMap((p) => (p.kind === 'partner' && p.organisationId ? [p.organisationId] : [])),
      withCitizen: meeting ? participants.some((p) => p.kind === 'citizen') : true,
      others: participants.flatMap((p): Other[] => (p.kind === 'other' ? [{ name: p.name ?? '', role: p.role ?? '' }] : [])),
      agenda: (meeting?.agenda ?? []).join('\n'),
      notes: meeting?.notes ?? '',
    },
    mutation: meeting ? update : create,
    send: (values) => {
      const participants: NetworkMeetingParticipantInput[] = [
        ...values.unitIds.map((unitId) => ({ kind: 'unit' as const, unitId })),
        ...values.partnerIds.map((organisationId) => ({ kind: 'partner' as const, organisationId })),
        ...(values.withCitizen ? [{ kind: 'citizen' as const }] : []),
        ...values.others.filter((o) => o.name.trim() !== '').map((o) => ({ kind: 'other' as const, name: o.name, role: o.role })),
      ];
      const agenda = values.agenda
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      const heldAt = values.heldAt ? fromLocalInput(values.heldAt) : '';
      const body = { title: values.title, heldAt, participants, agenda, notes: values.notes };
      return meeting ? update.mutateAsync({ version: meeting.version, ...body }) : create.mutateAsync(body);
    },
    saved: t('networkMeetings.saved'),
    onClose,
    submitLabel: t('networkMeetings.save'),
    size: 'lg',
  });

  return (
    <FormModal title={meeting ? t('networkMeetings.editTitle') : t('networkMeetings.createTitle')} {...modal}>
      <TextInput required data-autofocus label={t('networkMeetings.field.title')} {...form.getInputProps('title')} />
      <TextInput type="datetime-local" required label={t('networkMeetings.field.heldAt')} {...form.getInputProps('heldAt')} />
      <MultiSelect
        label={t('networkMeetings.field.units')}
        data={(units.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.organisationName})` }))}
        {...form.getInputProps('unitIds')}
        searchable
        comboboxProps={{ withinPortal: true }}
        error={form.fieldError('participants')}
      />
      <MultiSelect
        label={t('networkMeetings.field.partners')}
        data={(partners.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
        {...form.getInputProps('partnerIds')}
        searchable
        comboboxProps={{ withinPortal: true }}
      />
      <Switch label={t('networkMeetings.field.withCitizen')} {...form.getInputProps('withCitizen', { type: 'checkbox' })} />
      <div>
        <Text size="sm" fw={500} mb={4}>
          {t('networkMeetings.field.others')}
        </Text>
        <Stack gap="xs">
          {form.values.others.map((_, index) => (
            <Group key={index} gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                label={t('networkMeetings.field.otherName')}
                {...form.getInputProps(`others.${index}.name`)}
              />
              <TextInput
                style={{ flex: 1 }}
                label={t('networkMeetings.field.otherRole')}
                {...form.getInputProps(`others.${index}.role`)}
              />
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={t('networkMeetings.removeOther')}
                onClick={() => form.removeListItem('others', index)}
              >
                <IconTrash size={16} aria-hidden="true" />
              </ActionIcon>
            </Group>
          ))}
          <div>
            <CompactButton
              label={t('networkMeetings.addOther')}
              onClick={() => form.insertListItem('others', { name: '', role: '' })}
            />
          </div>
        </Stack>
      </div>
      <Textarea
        label={t('networkMeetings.field.agenda')}
        description={t('networkMeetings.agendaHelp')}
        {...form.getInputProps('agenda')}
        autosize
        minRows={2}
      />
      <Textarea label={t('networkMeetings.field.notes')} {...form.getInputProps('notes')} autosize minRows={3} />
    </FormModal>
  );
}
