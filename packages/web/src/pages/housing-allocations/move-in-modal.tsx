import { useTranslation } from 'react-i18next';
import type { HousingAllocation } from '@hjemvej/contract';
import { DateFormModal } from '../../forms/date-form-modal';
import { todayInDenmark } from '../../format/date';
import { useMoveIn } from './use-housing-allocations';

/** Records the move-in: the current housing situation ends and "own home with lease" begins. */
export function MoveInModal({ allocation, onClose }: { allocation: HousingAllocation; onClose: () => void }) {
  const { t } = useTranslation();
  const moveIn = useMoveIn();
  const today = todayInDenmark();
  return (
    <DateFormModal
      title={t('housingAllocations.moveInTitle')}
      text={t('housingAllocations.moveInText', { address: allocation.address })}
      label={t('housingAllocations.field.moveInOn')}
      initialDate={
        allocation.plannedMoveInOn !== null && allocation.plannedMoveInOn <= today ? allocation.plannedMoveInOn : today
      }
      min={allocation.leaseSignedOn ?? allocation.allocatedOn}
      max={today}
      paths={['moveInOn', 'leaseSignedOn', 'version']}
      submitLabel={t('housingAllocations.moveIn')}
      mutation={moveIn}
      save={(moveInOn) => moveIn.mutateAsync({ id: allocation.id, body: { moveInOn, version: allocation.version } })}
      saved={t('housingAllocations.movedIn')}
      onClose={onClose}
    />
  );
}
