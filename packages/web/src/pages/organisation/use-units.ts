import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateUnitBody, Unit, UpdateUnitBody } from '@hjemvej/contract';
import { api } from '../../api/client';

export const unitsQueryKey = ['units'] as const;

export function useUnits() {
  return useQuery({
    queryKey: unitsQueryKey,
    queryFn: async () => (await api.get<{ items: Unit[] }>('/units')).items,
  });
}

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUnitBody) => api.post<Unit>('/units', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitsQueryKey }),
  });
}

export function useUpdateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateUnitBody }) => api.patch<Unit>(`/units/${id}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitsQueryKey }),
  });
}
