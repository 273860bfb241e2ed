import { keepPreviousData, useMutation, useQueryClient } from '@tanstack/react-query';
import { fidelityRoutes, type CreateFidelityMeasurementBody, type FidelityQuery } from '@hjemvej/contract';
import { call } from '../../api/client';
import { useRouteQuery } from '../../api/use-route-query';

export function useFidelity(query: FidelityQuery = {}) {
  return useRouteQuery(['fidelity', query], fidelityRoutes.read, { query }, { placeholderData: keepPreviousData });
}

export function useRecordFidelity() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateFidelityMeasurementBody) => call(fidelityRoutes.create, { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['fidelity'] }),
  });
}
