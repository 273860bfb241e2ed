import { Select, Textarea, TextInput } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ProgrammeSummary } from '@hjemvej/contract';
import { FormModal } from '../../components/form-modal';

import { useSession } from '../../auth/session';
import { DatePairFields } from '../../forms/date-pair-fields';
import { useFormModal } from '../../forms/use-form-modal';
import { todayInDenmark } from '../../format/date';
import { useProgrammeCandidates, useSaveProgramme } from './use-programmes';

/** Create a programme or change its name, period, owner and description. */
export function ProgrammeFormModal({ programme, onClose }: { programme: ProgrammeSummary | null; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useSession();
  const save = useSaveProgramme();
  const candidates = useProgrammeCandidates();
  const today = todayInDenmark();
  const { form, modal } = useFormModal({
    initialValues: {
      name: programme?.name ?? '',
      startsOn: programme?.startsOn ?? today,
      endsOn: programme?.endsOn ?? `${Number(today.slice(0, 4)) + 2}${today.slice(4)}`,
      ownerUserId: programme?.ownerUserId ?? user?.id ?? null,
      description: programme?.description ?? '',
    },
    mutation: save,
    send: ({ ownerUserId, ...values }) => {
      const body = { ...values, ownerUserId: ownerUserId ?? '' };
      return programme
        ? save.mutateAsync({ id: programme.id, body: { version: programme.version, ...body } })
        : save.mutateAsync({ id: null, body });
    },
    saved: t('programmes.saved'),
    onClose,
    afterSave: (saved) => {
      onClose();
      if (!programme) void navigate(`/programmes/${saved.id}`);
    },
    submitLabel: t('programmes.save'),
    size: 'lg',
  });

  return (
    <FormModal title={programme ? t('programmes.editTitle') : t('programmes.createTitle')} {...modal}>
      <TextInput required data-autofocus label={t('programmes.field.name')} {...form.getInputProps('name')} />
      <DatePairFields
        form={form}
        fields={[
          { path: 'startsOn', label: t('programmes.field.startsOn'), required: true },
          { path: 'endsOn', label: t('programmes.field.endsOn'), required: true },
        ]}
      />
      <Select
        required
        label={t('programmes.field.owner')}
        data={(candidates.data?.owners ?? []).map((o) => ({ value: o.id, label: o.name }))}
        allowDeselect={false}
        searchable
        comboboxProps={{ withinPortal: true }}
        {...form.getInputProps('ownerUserId')}
      />
      <Textarea
        label={t('programmes.field.description')}
        {...form.getInputProps('description')}
        autosize
        minRows={3}
        maxLength={4000}
      />
    </FormModal>
  );
}
