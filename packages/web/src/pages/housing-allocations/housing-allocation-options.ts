import type { HousingAllocation } from '@hjemvej/contract';
import type { BadgeTone } from '../../components/status-badge';

/**
 * The contract's enumerations, as plain values: the contract module's runtime (zod) stays out of
 * the bundle. The `Exhaustive` check fails to compile when the contract gains a value.
 */
type Exhaustive<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false;

export type AllocationStatus = HousingAllocation['status'];
export const allocationStatusOptions = [
  'allocated',
  'lease_signed',
  'moved_in',
  'withdrawn',
] as const satisfies readonly AllocationStatus[];
export const allocationStatusesComplete: Exhaustive<AllocationStatus, (typeof allocationStatusOptions)[number]> = true;

export const allocationStatusTone: Record<AllocationStatus, BadgeTone> = {
  allocated: 'info',
  lease_signed: 'info',
  moved_in: 'success',
  withdrawn: 'neutral',
};

/** The date fields of an allocation, in the order the steps happen (the server names one when a sequence is impossible). */
export const allocationDateFields = ['allocatedOn', 'leaseSignedOn', 'plannedMoveInOn', 'moveInOn', 'withdrawnOn'] as const;
