import { housingAllocationsRoutes } from '@hjemvej/contract';
import { changeHook, citizenRecordsHook, citizenRecordsKey, createHook } from '../citizens/citizen-record-hooks';

export const housingAllocationsKey = citizenRecordsKey('housing-allocations');

/**
 * The citizen's allocations of own housing, newest first. The key sits under the citizens key,
 * so a move-in also refreshes the housing periods, the badge and the follow-ups.
 */
export const useHousingAllocations = citizenRecordsHook(housingAllocationsRoutes.list, housingAllocationsKey);

export const useCreateHousingAllocation = createHook(housingAllocationsRoutes.create);

export const useUpdateHousingAllocation = changeHook(housingAllocationsRoutes.update);

export const useMoveIn = changeHook(housingAllocationsRoutes.moveIn);
