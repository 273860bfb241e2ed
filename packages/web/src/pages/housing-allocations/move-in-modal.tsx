import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HousingAllocation } from '@hjemvej/contract';
import { fieldError, fieldErrorsOf } from '../../api/api-error';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { useNotify } from '../../components/use-notify';
import { todayInDenmark } from '../../format/date';
import { useMoveIn } from './use-housing-allocations';
import { DateField } from '../../components/date-field';

/** Records the move-in: the current housing situation ends and "own home with lease" begins. */
export function MoveInModal({ allocation, onClose }: { allocation: HousingAllocation; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const moveIn = useMoveIn();
  const today = todayInDenmark();
  const [moveInOn, setMoveInOn] = useState(
    allocation.plannedMoveInOn !== null && allocation.plannedMoveInOn <= today ? allocation.plannedMoveInOn : today,
  );
  const fields = fieldErrorsOf(moveIn.error);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await moveIn.mutateAsync({ id: allocation.id, body: { moveInOn, version: allocation.version } });
      notify(t('housingAllocations.movedIn'));
      onClose();
    } catch {
      // Shown from moveIn.error.
    }
  };

  return (
    <AppModal opened onClose={onClose} title={t('housingAllocations.moveInTitle')}>
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack>
          <ErrorAlert error={moveIn.error} />
          <Text size="sm">{t('housingAllocations.moveInText', { address: allocation.address })}</Text>
          <DateField
            label={t('housingAllocations.field.moveInOn')}
            required
            data-autofocus
            min={allocation.leaseSignedOn ?? allocation.allocatedOn}
            max={today}
            value={moveInOn}
            onChange={(value) => setMoveInOn(value)}
            error={fieldError(fields, 'moveInOn') ?? fieldError(fields, 'leaseSignedOn') ?? fieldError(fields, 'version')}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={moveIn.isPending}>
              {t('housingAllocations.moveIn')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
