import { useState, type FormEvent } from 'react';
import { ActionIcon, Button, Group, MultiSelect, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { NetworkMeetingParticipantInput, NetworkMeeting } from '@hjemvej/contract';
import { fieldError, fieldErrorsOf } from '../../api/api-error';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { useNotify } from '../../components/use-notify';
import { useLinkedUnits } from '../organisation/use-linked-units';
import { useCreateNetworkMeeting, useUpdateNetworkMeeting } from './use-network-meetings';
import { usePartners } from '../organisation/use-partners';
import { fromLocalInput, toLocalInput } from '../../format/date';

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
  const notify = useNotify();
  const create = useCreateNetworkMeeting(citizenId);
  const update = useUpdateNetworkMeeting(meeting?.id ?? '');
  const mutation = meeting ? update : create;
  const units = useLinkedUnits();
  const partners = usePartners();
  const [title, setTitle] = useState(meeting?.title ?? '');
  const [heldAt, setHeldAt] = useState(toLocalInput(meeting?.heldAt ?? new Date().toISOString()));
  const [unitIds, setUnitIds] = useState<string[]>(
    meeting?.participants.flatMap((p) => (p.kind === 'unit' && p.unitId ? [p.unitId] : [])) ?? [],
  );
  const [partnerIds, setPartnerIds] = useState<string[]>(
    meeting?.participants.flatMap((p) => (p.kind === 'partner' && p.organisationId ? [p.organisationId] : [])) ?? [],
  );
  const [withCitizen, setWithCitizen] = useState(meeting ? meeting.participants.some((p) => p.kind === 'citizen') : true);
  const [others, setOthers] = useState<Other[]>(
    meeting?.participants.flatMap((p) => (p.kind === 'other' ? [{ name: p.name ?? '', role: p.role ?? '' }] : [])) ?? [],
  );
  const [agenda, setAgenda] = useState((meeting?.agenda ?? []).join('\n'));
  const [notes, setNotes] = useState(meeting?.notes ?? '');
  const fields = fieldErrorsOf(mutation.error);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const participants: NetworkMeetingParticipantInput[] = [
      ...unitIds.map((unitId) => ({ kind: 'unit' as const, unitId })),
      ...partnerIds.map((organisationId) => ({ kind: 'partner' as const, organisationId })),
      ...(withCitizen ? [{ kind: 'citizen' as const }] : []),
      ...others.filter((o) => o.name.trim() !== '').map((o) => ({ kind: 'other' as const, name: o.name, role: o.role })),
    ];
    const agendaItems = agenda
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const body = { title, heldAt: heldAt ? fromLocalInput(heldAt) : '', participants, agenda: agendaItems, notes };
    try {
      if (meeting) await update.mutateAsync({ version: meeting.version, ...body });
      else await create.mutateAsync(body);
      notify(t('networkMeetings.saved'));
      onClose();
    } catch {
      // Shown from mutation.error.
    }
  };

  return (
    <AppModal
      opened
      onClose={onClose}
      title={meeting ? t('networkMeetings.editTitle') : t('networkMeetings.createTitle')}
      size="lg"
    >
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack>
          <ErrorAlert error={mutation.error} />
          <TextInput
            required
            data-autofocus
            label={t('networkMeetings.field.title')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fieldError(fields, 'title')}
          />
          <TextInput
            type="datetime-local"
            required
            label={t('networkMeetings.field.heldAt')}
            value={heldAt}
            onChange={(e) => setHeldAt(e.currentTarget.value)}
            error={fieldError(fields, 'heldAt')}
          />
          <MultiSelect
            label={t('networkMeetings.field.units')}
            data={(units.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.organisationName})` }))}
            value={unitIds}
            onChange={setUnitIds}
            searchable
            comboboxProps={{ withinPortal: true }}
            error={fieldError(fields, 'participants')}
          />
          <MultiSelect
            label={t('networkMeetings.field.partners')}
            data={(partners.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
            value={partnerIds}
            onChange={setPartnerIds}
            searchable
            comboboxProps={{ withinPortal: true }}
          />
          <Switch
            label={t('networkMeetings.field.withCitizen')}
            checked={withCitizen}
            onChange={(e) => setWithCitizen(e.currentTarget.checked)}
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('networkMeetings.field.others')}
            </Text>
            <Stack gap="xs">
              {others.map((other, index) => (
                <Group key={index} gap="xs" align="flex-end" wrap="nowrap">
                  <TextInput
                    style={{ flex: 1 }}
                    label={t('networkMeetings.field.otherName')}
                    value={other.name}
                    onChange={(e) => setOthers(others.map((o, i) => (i === index ? { ...o, name: e.currentTarget.value } : o)))}
                  />
                  <TextInput
                    style={{ flex: 1 }}
                    label={t('networkMeetings.field.otherRole')}
                    value={other.role}
                    onChange={(e) => setOthers(others.map((o, i) => (i === index ? { ...o, role: e.currentTarget.value } : o)))}
                  />
                  <ActionIcon
                    variant="default"
                    size="lg"
                    aria-label={t('networkMeetings.removeOther')}
                    onClick={() => setOthers(others.filter((_, i) => i !== index))}
                  >
                    <IconTrash size={16} aria-hidden="true" />
                  </ActionIcon>
                </Group>
              ))}
              <div>
                <Button
                  size="compact-sm"
                  variant="default"
                  leftSection={<IconPlus size={14} aria-hidden="true" />}
                  onClick={() => setOthers([...others, { name: '', role: '' }])}
                >
                  {t('networkMeetings.addOther')}
                </Button>
              </div>
            </Stack>
          </div>
          <Textarea
            label={t('networkMeetings.field.agenda')}
            description={t('networkMeetings.agendaHelp')}
            value={agenda}
            onChange={(e) => setAgenda(e.currentTarget.value)}
            autosize
            minRows={2}
            error={fieldError(fields, 'agenda')}
          />
          <Textarea
            label={t('networkMeetings.field.notes')}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
            autosize
            minRows={3}
            error={fieldError(fields, 'notes')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('networkMeetings.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
