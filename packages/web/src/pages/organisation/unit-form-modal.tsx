import { Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { unitKinds, type UnitKind } from '@hjemvej/domain';
import type { Unit } from '@hjemvej/contract';
import { useNotify } from '../../components/use-notify';
import { useApiForm } from '../../forms/use-api-form';
import { useCreateUnit, useUpdateUnit } from './use-units';
import { FormModal } from '../../components/form-modal';

interface UnitFormModalProps {
  /** The unit to edit; null to create a new one. */
  unit: Unit | null;
  onClose: () => void;
}

/** Create a unit, or rename / change the kind of an existing one. */
export function UnitFormModal({ unit, onClose }: UnitFormModalProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const createUnit = useCreateUnit();
  const updateUnit = useUpdateUnit();
  const mutation = unit ? updateUnit : createUnit;
  const form = useApiForm({
    initialValues: { name: unit?.name ?? '', kind: unit?.kind ?? (null as UnitKind | null) },
    error: mutation.error,
    // A new unit must have a kind; an edit may leave it as it is.
    validate: { kind: (value) => (!unit && !value ? t('validation.chooseOne') : null) },
  });

  const handleSubmit = async ({ name, kind }: typeof form.values) => {
    if (unit) {
      await updateUnit.mutateAsync({ id: unit.id, body: { name, ...(kind ? { kind } : {}) } });
      notify(t('organisation.units.updated', { name }));
    } else {
      if (!kind) return;
      await createUnit.mutateAsync({ name, kind });
      notify(t('organisation.units.created', { name }));
    }
    onClose();
  };

  return (
    <FormModal
      title={unit ? t('organisation.units.editTitle') : t('organisation.units.createTitle')}
      onClose={onClose}
      onSubmit={form.onSave(handleSubmit)}
      error={mutation.error}
      submit={{ label: unit ? t('common.save') : t('common.create'), loading: mutation.isPending }}
      actionsMt="sm"
    >
      <TextInput label={t('organisation.units.name')} required data-autofocus {...form.getInputProps('name')} />
      <Select
        label={t('organisation.units.kind')}
        required
        data={unitKinds.map((value) => ({ value, label: t(`organisation.unitKind.${value}`) }))}
        {...form.getInputProps('kind')}
        onChange={(value: string | null) => {
          form.setFieldValue('kind', unitKinds.find((option) => option === value) ?? null);
        }}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
      />
    </FormModal>
  );
}
