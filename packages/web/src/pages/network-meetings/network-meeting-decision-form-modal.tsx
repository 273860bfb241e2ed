import { Select, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/form-modal';
import { useFormModal } from '../../forms/use-form-modal';
import { useLinkedUnits } from '../organisation/use-linked-units';
import { useAddNetworkMeetingDecision } from './use-network-meetings';
import { DateField } from '../../components/date-field';

/** A decision from the meeting: what, which unit (own or a partner's) and who owns it, by when. */
export function NetworkMeetingDecisionFormModal({
  meetingId,
  defaultDueOn,
  onClose,
}: {
  meetingId: string;
  defaultDueOn: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const add = useAddNetworkMeetingDecision(meetingId);
  const units = useLinkedUnits();
  const { form, modal } = useFormModal({
    initialValues: { text: '', ownerUnitId: null as string | null, ownerUserId: null as string | null, dueOn: defaultDueOn },
    mutation: add,
    send: ({ text, ownerUnitId, ownerUserId, dueOn }) =>
      add.mutateAsync({ text, ownerUnitId: ownerUnitId ?? '', ...(ownerUserId ? { ownerUserId } : {}), dueOn }),
    saved: t('networkMeetings.decisionAdded'),
    onClose,
    submitLabel: t('networkMeetings.decision.save'),
  });
  const unit = units.data?.items.find((u) => u.id === form.values.ownerUnitId);

  return (
    <FormModal title={t('networkMeetings.decisionTitle')} {...modal}>
      <Textarea
        required
        data-autofocus
        label={t('networkMeetings.decision.text')}
        {...form.getInputProps('text')}
        autosize
        minRows={2}
      />
      <Select
        required
        label={t('networkMeetings.decision.unit')}
        data={(units.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.organisationName})` }))}
        {...form.getInputProps('ownerUnitId')}
        onChange={(value: string | null) => form.setValues({ ownerUnitId: value, ownerUserId: null })}
        searchable
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        label={t('networkMeetings.decision.owner')}
        description={t('networkMeetings.decision.ownerHelp')}
        data={(unit?.members ?? []).map((m) => ({ value: m.id, label: m.name }))}
        {...form.getInputProps('ownerUserId')}
        clearable
        disabled={!unit}
        comboboxProps={{ withinPortal: true }}
      />
      <DateField required label={t('networkMeetings.decision.dueOn')} {...form.getInputProps('dueOn')} />
    </FormModal>
  );
}
