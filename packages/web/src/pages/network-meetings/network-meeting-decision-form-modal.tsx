import { useState, type FormEvent } from 'react';
import { Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldError, fieldErrorsOf } from '../../api/api-error';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { useNotify } from '../../components/use-notify';
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
  const notify = useNotify();
  const add = useAddNetworkMeetingDecision(meetingId);
  const units = useLinkedUnits();
  const [text, setText] = useState('');
  const [unitId, setUnitId] = useState<string | null>(null);
  const [userId, setUserId] = useState<string | null>(null);
  const [dueOn, setDueOn] = useState(defaultDueOn);
  const fields = fieldErrorsOf(add.error);
  const unit = units.data?.items.find((u) => u.id === unitId);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await add.mutateAsync({ text, ownerUnitId: unitId ?? '', ...(userId ? { ownerUserId: userId } : {}), dueOn });
      notify(t('networkMeetings.decisionAdded'));
      onClose();
    } catch {
      // Shown from add.error.
    }
  };

  return (
    <AppModal opened onClose={onClose} title={t('networkMeetings.decisionTitle')}>
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack>
          <ErrorAlert error={add.error} />
          <Textarea
            required
            data-autofocus
            label={t('networkMeetings.decision.text')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={fieldError(fields, 'text')}
            autosize
            minRows={2}
          />
          <Select
            required
            label={t('networkMeetings.decision.unit')}
            data={(units.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.organisationName})` }))}
            value={unitId}
            onChange={(value) => {
              setUnitId(value);
              setUserId(null);
            }}
            searchable
            comboboxProps={{ withinPortal: true }}
            error={fieldError(fields, 'ownerUnitId')}
          />
          <Select
            label={t('networkMeetings.decision.owner')}
            description={t('networkMeetings.decision.ownerHelp')}
            data={(unit?.members ?? []).map((m) => ({ value: m.id, label: m.name }))}
            value={userId}
            onChange={setUserId}
            clearable
            disabled={!unit}
            comboboxProps={{ withinPortal: true }}
            error={fieldError(fields, 'ownerUserId')}
          />
          <DateField
            required
            label={t('networkMeetings.decision.dueOn')}
            value={dueOn}
            onChange={(value) => setDueOn(value)}
            error={fieldError(fields, 'dueOn')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={add.isPending}>
              {t('networkMeetings.decision.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
