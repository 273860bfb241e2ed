import type { HousingAllocation } from '@hjemvej/contract';
import type { BadgeTone } from '../../components/status-badge';
import { allValues } from '../../forms/all-values';

export type AllocationStatus = HousingAllocation['status'];
export const allocationStatusOptions = allValues<AllocationStatus>()(['allocated', 'lease_signed', 'moved_in', 'withdrawn']);

export const allocationStatusTone: Record<AllocationStatus, BadgeTone> = {
  allocated: 'info',
  lease_signed: 'info',
  moved_in: 'success',
  withdrawn: 'neutral',
};

/** The date fields of an allocation, in the order the steps happen (the server names one when a sequence is impossible). */
export const allocationDateFields = ['allocatedOn', 'leaseSignedOn', 'plannedMoveInOn', 'moveInOn', 'withdrawnOn'] as const;
