import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreatePartnerBody, Partner, UpdatePartnerBody } from '@hjemvej/contract';
import { api } from '../../api/client';

export const partnersQueryKey = ['partners'] as const;

export function usePartners() {
  return useQuery({
    queryKey: partnersQueryKey,
    queryFn: async () => (await api.get<{ items: Partner[] }>('/partners')).items,
  });
}

function useInvalidatePartners() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: partnersQueryKey });
}

export function useCreatePartner() {
  const invalidate = useInvalidatePartners();
  return useMutation({
    mutationFn: (body: CreatePartnerBody) => api.post<Partner>('/partners', body),
    onSuccess: invalidate,
  });
}

export function useUpdatePartner() {
  const invalidate = useInvalidatePartners();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdatePartnerBody }) => api.patch<Partner>(`/partners/${id}`, body),
    onSuccess: invalidate,
  });
}

export function useRemovePartner() {
  const invalidate = useInvalidatePartners();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/partners/${id}`),
    onSuccess: invalidate,
  });
}
