import { Select, Textarea, TextInput } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Programme, ProgrammeSummary } from '@hjemvej/contract';
import { FormModal } from '../../components/form-modal';
import { useNotify } from '../../components/use-notify';
import { useSession } from '../../auth/session';
import { DatePairFields } from '../../forms/date-pair-fields';
import { useApiForm } from '../../forms/use-api-form';
import { todayInDenmark } from '../../format/date';
import { useProgrammeCandidates, useSaveProgramme } from './use-programmes';

/** Create a programme or change its name, period, owner and description. */
export function ProgrammeFormModal({ programme, onClose }: { programme: ProgrammeSummary | null; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const { user } = useSession();
  const save = useSaveProgramme();
  const candidates = useProgrammeCandidates();
  const today = todayInDenmark();
  const form = useApiForm({
    initialValues: {
      name: programme?.name ?? '',
      startsOn: programme?.startsOn ?? today,
      endsOn: programme?.endsOn ?? `${Number(today.slice(0, 4)) + 2}${today.slice(4)}`,
      ownerUserId: programme?.ownerUserId ?? user?.id ?? null,
      description: programme?.description ?? '',
    },
    error: save.error,
  });

  const handleSubmit = async ({ ownerUserId, ...values }: typeof form.values) => {
    const body = { ...values, ownerUserId: ownerUserId ?? '' };
    const saved: Programme = programme
      ? await save.mutateAsync({ id: programme.id, body: { version: programme.version, ...body } })
      : await save.mutateAsync({ id: null, body });
    notify(t('programmes.saved'));
    onClose();
    if (!programme) void navigate(`/programmes/${saved.id}`);
  };

  return (
    <FormModal
      title={programme ? t('programmes.editTitle') : t('programmes.createTitle')}
      size="lg"
      onClose={onClose}
      onSubmit={form.onSave(handleSubmit)}
      error={save.error}
      submit={{ label: t('programmes.save'), loading: save.isPending }}
    >
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
