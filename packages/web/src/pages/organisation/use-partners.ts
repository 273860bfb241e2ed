import { useQuery } from '@tanstack/react-query';
import { organisationRoutes, type CreatePartnerBody, type UpdatePartnerBody } from '@hjemvej/contract';
import { call } from '../../api/client';
import { useRefreshingMutation, type RefreshOptions } from '../../api/use-refreshing-mutation';

export const partnersQueryKey = ['partners'] as const;

export function usePartners() {
  return useQuery({
    queryKey: partnersQueryKey,
    queryFn: async ({ signal }) => (await call(organisationRoutes.partners, { signal })).items,
  });
}

/** A change of a partner: the partner list is fetched again. */
function usePartnersMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>, options?: RefreshOptions) {
  return useRefreshingMutation([partnersQueryKey], mutationFn, options);
}

export function useCreatePartner() {
  return usePartnersMutation((body: CreatePartnerBody) => call(organisationRoutes.createPartner, { body }));
}

export function useUpdatePartner() {
  return usePartnersMutation(({ id, body }: { id: string; body: UpdatePartnerBody }) =>
    call(organisationRoutes.updatePartner, { params: { id }, body }),
  );
}

export function useRemovePartner() {
  return usePartnersMutation((id: string) => call(organisationRoutes.removePartner, { params: { id } }));
}
