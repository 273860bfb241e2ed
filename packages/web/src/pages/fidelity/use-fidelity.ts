import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fidelityRoutes, type CreateFidelityMeasurementBody, type FidelityQuery } from '@hjemvej/contract';
import { call } from '../../api/client';

export function useFidelity(query: FidelityQuery = {}) {
  return useQuery({
    queryKey: ['fidelity', query],
    queryFn: ({ signal }) => call(fidelityRoutes.read, { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useRecordFidelity() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateFidelityMeasurementBody) => call(fidelityRoutes.create, { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['fidelity'] }),
  });
}
