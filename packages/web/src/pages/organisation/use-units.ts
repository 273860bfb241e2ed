import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { organisationRoutes, type CreateUnitBody, type UpdateUnitBody } from '@hjemvej/contract';
import { call } from '../../api/client';

export const unitsQueryKey = ['units'] as const;

export function useUnits() {
  return useQuery({
    queryKey: unitsQueryKey,
    queryFn: async ({ signal }) => (await call(organisationRoutes.units, { signal })).items,
  });
}

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUnitBody) => call(organisationRoutes.createUnit, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitsQueryKey }),
  });
}

export function useUpdateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateUnitBody }) =>
      call(organisationRoutes.updateUnit, { params: { id }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitsQueryKey }),
  });
}
