import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { organisationRoutes, type CreatePartnerBody, type UpdatePartnerBody } from '@hjemvej/contract';
import { call } from '../../api/client';

export const partnersQueryKey = ['partners'] as const;

export function usePartners() {
  return useQuery({
    queryKey: partnersQueryKey,
    queryFn: async ({ signal }) => (await call(organisationRoutes.partners, { signal })).items,
  });
}

function useInvalidatePartners() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: partnersQueryKey });
}

export function useCreatePartner() {
  const invalidate = useInvalidatePartners();
  return useMutation({
    mutationFn: (body: CreatePartnerBody) => call(organisationRoutes.createPartner, { body }),
    onSuccess: invalidate,
  });
}

export function useUpdatePartner() {
  const invalidate = useInvalidatePartners();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdatePartnerBody }) =>
      call(organisationRoutes.updatePartner, { params: { id }, body }),
    onSuccess: invalidate,
  });
}

export function useRemovePartner() {
  const invalidate = useInvalidatePartners();
  return useMutation({
    mutationFn: (id: string) => call(organisationRoutes.removePartner, { params: { id } }),
    onSuccess: invalidate,
  });
}
