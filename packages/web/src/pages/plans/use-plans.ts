import { useQuery } from '@tanstack/react-query';
import { plansRoutes, type CreatePlanBody, type UpdatePlanBody } from '@hjemvej/contract';
import { call } from '../../api/client';
import { citizensQueryKey, useCitizensMutation, useCitizenSection } from '../citizens/use-citizens';

export const plansKey = (citizenId: string) => [...citizensQueryKey, 'plans', citizenId] as const;

/** The citizen's § 141/§ 142 plans, newest first as the server sends them. */
export function usePlans(citizenId: string, enabled = true) {
  return useCitizenSection(
    plansKey(citizenId),
    async ({ signal }) => (await call(plansRoutes.list, { params: { id: citizenId }, signal })).items,
    enabled,
  );
}

export function usePlan(id: string) {
  return useQuery({
    queryKey: [...citizensQueryKey, 'plan', id],
    queryFn: ({ signal }) => call(plansRoutes.read, { params: { id }, signal }),
  });
}

export function useCreatePlan(citizenId: string) {
  return useCitizensMutation((body: CreatePlanBody) => call(plansRoutes.create, { params: { id: citizenId }, body }));
}

export function useUpdatePlan(id: string) {
  return useCitizensMutation((body: UpdatePlanBody) => call(plansRoutes.update, { params: { id }, body }), { alsoOnError: true });
}
