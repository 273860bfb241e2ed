import { useMutation, useQuery } from '@tanstack/react-query';
import type { CreateHousingAllocationBody, HousingAllocation, MoveInBody, UpdateHousingAllocationBody } from '@hjemvej/contract';
import { api } from '../../api/client';
import { citizensQueryKey, useInvalidateCitizens } from '../citizens/use-citizens';

/**
 * The citizen's allocations of own housing, newest first. The key sits under the citizens key,
 * so a move-in also refreshes the housing periods, the badge and the follow-ups.
 */
export function useAllocations(citizenId: string) {
  return useQuery({
    queryKey: [...citizensQueryKey, 'housing-allocations', citizenId],
    queryFn: async ({ signal }) =>
      (await api.get<{ items: HousingAllocation[] }>(`/citizens/${citizenId}/housing-allocations`, { signal })).items,
  });
}

export function useCreateAllocation(citizenId: string) {
  const invalidate = useInvalidateCitizens();
  return useMutation({
    mutationFn: (body: CreateHousingAllocationBody) =>
      api.post<HousingAllocation>(`/citizens/${citizenId}/housing-allocations`, body),
    onSuccess: invalidate,
  });
}

export function useUpdateAllocation() {
  const invalidate = useInvalidateCitizens();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateHousingAllocationBody }) =>
      api.patch<HousingAllocation>(`/housing-allocations/${id}`, body),
    onSuccess: invalidate,
    // A 409 (someone else saved first) means our copy is old: fetch the current one.
    onError: invalidate,
  });
}

export function useMoveIn() {
  const invalidate = useInvalidateCitizens();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: MoveInBody }) =>
      api.post<HousingAllocation>(`/housing-allocations/${id}/move-in`, body),
    onSuccess: invalidate,
    onError: invalidate,
  });
}
