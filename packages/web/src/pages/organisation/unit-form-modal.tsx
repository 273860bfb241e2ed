import { useState, type FormEvent } from 'react';
import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { unitKinds, type UnitKind } from '@hjemvej/domain';
import type { Unit } from '@hjemvej/contract';
import { fieldError, fieldErrorsOf } from '../../api/api-error';
import { ErrorAlert } from '../../components/error-alert';
import { useNotify } from '../../components/use-notify';
import { useCreateUnit, useUpdateUnit } from './use-units';
import { AppModal } from '../../components/app-modal';

interface UnitFormModalProps {
  /** The unit to edit; null to create a new one. */
  unit: Unit | null;
  onClose: () => void;
}

/** Create a unit, or rename / change the kind of an existing one. */
export function UnitFormModal({ unit, onClose }: UnitFormModalProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [name, setName] = useState(unit?.name ?? '');
  const [kind, setKind] = useState<UnitKind | null>(unit?.kind ?? null);
  const [kindMissing, setKindMissing] = useState(false);
  const createUnit = useCreateUnit();
  const updateUnit = useUpdateUnit();
  const mutation = unit ? updateUnit : createUnit;
  const fields = fieldErrorsOf(mutation.error);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      if (unit) {
        await updateUnit.mutateAsync({ id: unit.id, body: { name, ...(kind ? { kind } : {}) } });
        notify(t('organisation.units.updated', { name }));
      } else {
        if (!kind) {
          setKindMissing(true);
          return;
        }
        await createUnit.mutateAsync({ name, kind });
        notify(t('organisation.units.created', { name }));
      }
      onClose();
    } catch {
      // Shown below from mutation.error.
    }
  };

  return (
    <AppModal opened onClose={onClose} title={unit ? t('organisation.units.editTitle') : t('organisation.units.createTitle')}>
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack>
          <ErrorAlert error={mutation.error} />
          <TextInput
            label={t('organisation.units.name')}
            required
            data-autofocus
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={fieldError(fields, 'name')}
          />
          <Select
            label={t('organisation.units.kind')}
            required
            data={unitKinds.map((value) => ({ value, label: t(`organisation.unitKind.${value}`) }))}
            value={kind}
            onChange={(value) => {
              setKind(value);
              setKindMissing(false);
            }}
            error={fieldError(fields, 'kind') ?? (kindMissing ? t('validation.chooseOne') : undefined)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {unit ? t('common.save') : t('common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
