import { useQuery } from '@tanstack/react-query';
import { organisationRoutes, type CreateUnitBody, type UpdateUnitBody } from '@hjemvej/contract';
import { call } from '../../api/client';
import { useRefreshingMutation } from '../../api/use-refreshing-mutation';

export const unitsQueryKey = ['units'] as const;

export function useUnits() {
  return useQuery({
    queryKey: unitsQueryKey,
    queryFn: async ({ signal }) => (await call(organisationRoutes.units, { signal })).items,
  });
}

export function useCreateUnit() {
  return useRefreshingMutation([unitsQueryKey], (body: CreateUnitBody) => call(organisationRoutes.createUnit, { body }));
}

export function useUpdateUnit() {
  return useRefreshingMutation([unitsQueryKey], ({ id, body }: { id: string; body: UpdateUnitBody }) =>
    call(organisationRoutes.updateUnit, { params: { id }, body }),
  );
}
