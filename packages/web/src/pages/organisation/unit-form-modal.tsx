import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { unitKinds, type UnitKind } from '@hjemvej/domain';
import type { Unit } from '@hjemvej/contract';
import { ChoiceSelect } from '../../forms/choice-select';
import { useFormModal } from '../../forms/use-form-modal';
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
  const createUnit = useCreateUnit();
  const updateUnit = useUpdateUnit();
  const { form, modal } = useFormModal({
    initialValues: { name: unit?.name ?? '', kind: unit?.kind ?? (null as UnitKind | null) },
    // A new unit must have a kind; an edit may leave it as it is.
    validate: { kind: (value) => (!unit && !value ? t('validation.chooseOne') : null) },
    mutation: unit ? updateUnit : createUnit,
    send: ({ name, kind }) => {
      if (unit) return updateUnit.mutateAsync({ id: unit.id, body: { name, ...(kind ? { kind } : {}) } });
      return kind ? createUnit.mutateAsync({ name, kind }) : null;
    },
    saved: ({ name }) => t(unit ? 'organisation.units.updated' : 'organisation.units.created', { name }),
    onClose,
    submitLabel: unit ? t('common.save') : t('common.create'),
    actionsMt: 'sm',
  });

  return (
    <FormModal title={unit ? t('organisation.units.editTitle') : t('organisation.units.createTitle')} {...modal}>
      <TextInput label={t('organisation.units.name')} required data-autofocus {...form.getInputProps('name')} />
      <ChoiceSelect
        form={form}
        path="kind"
        choices={unitKinds}
        choiceLabel={(value) => t(`organisation.unitKind.${value}`)}
        label={t('organisation.units.kind')}
        required
        comboboxProps={{ withinPortal: true }}
      />
    </FormModal>
  );
}
