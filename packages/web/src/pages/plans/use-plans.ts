import { useMutation, useQuery } from '@tanstack/react-query';
import type { CreatePlanBody, Plan, UpdatePlanBody } from '@hjemvej/contract';
import { api } from '../../api/client';
import { citizensQueryKey, useInvalidateCitizens } from '../citizens/use-citizens';

/** The citizen's § 141/§ 142 plans, newest first as the server sends them. */
export function usePlans(citizenId: string) {
  return useQuery({
    queryKey: [...citizensQueryKey, 'plans', citizenId],
    queryFn: async ({ signal }) => (await api.get<{ items: Plan[] }>(`/citizens/${citizenId}/plans`, { signal })).items,
  });
}

export function usePlan(id: string) {
  return useQuery({
    queryKey: [...citizensQueryKey, 'plan', id],
    queryFn: ({ signal }) => api.get<Plan>(`/plans/${id}`, { signal }),
  });
}

export function useCreatePlan(citizenId: string) {
  const invalidate = useInvalidateCitizens();
  return useMutation({
    mutationFn: (body: CreatePlanBody) => api.post<Plan>(`/citizens/${citizenId}/plans`, body),
    onSuccess: invalidate,
  });
}

export function useUpdatePlan(id: string) {
  const invalidate = useInvalidateCitizens();
  return useMutation({
    mutationFn: (body: UpdatePlanBody) => api.patch<Plan>(`/plans/${id}`, body),
    onSuccess: invalidate,
    onError: invalidate,
  });
}
