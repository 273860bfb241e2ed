import {
  housingAllocationsRoutes,
  type CreateHousingAllocationBody,
  type MoveInBody,
  type UpdateHousingAllocationBody,
} from '@hjemvej/contract';
import { call } from '../../api/client';
import { citizensQueryKey, useCitizensMutation, useCitizenSection } from '../citizens/use-citizens';

export const housingAllocationsKey = (citizenId: string) => [...citizensQueryKey, 'housing-allocations', citizenId] as const;

/**
 * The citizen's allocations of own housing, newest first. The key sits under the citizens key,
 * so a move-in also refreshes the housing periods, the badge and the follow-ups.
 */
export function useHousingAllocations(citizenId: string, enabled = true) {
  return useCitizenSection(
    housingAllocationsKey(citizenId),
    async ({ signal }) => (await call(housingAllocationsRoutes.list, { params: { id: citizenId }, signal })).items,
    enabled,
  );
}

export function useCreateHousingAllocation(citizenId: string) {
  return useCitizensMutation((body: CreateHousingAllocationBody) =>
    call(housingAllocationsRoutes.create, { params: { id: citizenId }, body }),
  );
}

export function useUpdateHousingAllocation() {
  // A 409 (someone else saved first) means our copy is old: fetch the current one.
  return useCitizensMutation(
    ({ id, body }: { id: string; body: UpdateHousingAllocationBody }) =>
      call(housingAllocationsRoutes.update, { params: { id }, body }),
    { alsoOnError: true },
  );
}

export function useMoveIn() {
  return useCitizensMutation(
    ({ id, body }: { id: string; body: MoveInBody }) => call(housingAllocationsRoutes.moveIn, { params: { id }, body }),
    { alsoOnError: true },
  );
}
