import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HousingAllocation } from '@hjemvej/contract';
import { FormModal } from '../../components/form-modal';
import { useNotify } from '../../components/use-notify';
import { useApiForm } from '../../forms/use-api-form';
import { todayInDenmark } from '../../format/date';
import { useMoveIn } from './use-housing-allocations';
import { DateField } from '../../components/date-field';

/** Records the move-in: the current housing situation ends and "own home with lease" begins. */
export function MoveInModal({ allocation, onClose }: { allocation: HousingAllocation; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const moveIn = useMoveIn();
  const today = todayInDenmark();
  const form = useApiForm({
    initialValues: {
      moveInOn: allocation.plannedMoveInOn !== null && allocation.plannedMoveInOn <= today ? allocation.plannedMoveInOn : today,
    },
    error: moveIn.error,
  });

  const handleSubmit = async ({ moveInOn }: typeof form.values) => {
    await moveIn.mutateAsync({ id: allocation.id, body: { moveInOn, version: allocation.version } });
    notify(t('housingAllocations.movedIn'));
    onClose();
  };

  return (
    <FormModal
      title={t('housingAllocations.moveInTitle')}
      onClose={onClose}
      onSubmit={form.onSave(handleSubmit)}
      error={moveIn.error}
      submit={{ label: t('housingAllocations.moveIn'), loading: moveIn.isPending }}
      actionsMt="sm"
    >
      <Text size="sm">{t('housingAllocations.moveInText', { address: allocation.address })}</Text>
      <DateField
        label={t('housingAllocations.field.moveInOn')}
        required
        data-autofocus
        min={allocation.leaseSignedOn ?? allocation.allocatedOn}
        max={today}
        {...form.getInputProps('moveInOn')}
        error={form.fieldError('moveInOn') ?? form.fieldError('leaseSignedOn') ?? form.fieldError('version')}
      />
    </FormModal>
  );
}
