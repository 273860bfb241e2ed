import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { agreementsRoutes, type CreateAgreementBody, type UpdateAgreementBody } from '@hjemvej/contract';
import { call } from '../../api/client';

const agreementsQueryKey = ['agreements'] as const;

export function useAgreements() {
  return useQuery({
    queryKey: agreementsQueryKey,
    queryFn: ({ signal }) => call(agreementsRoutes.list, { signal }),
  });
}

export function useSaveAgreement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: null; body: CreateAgreementBody } | { id: string; body: UpdateAgreementBody }) =>
      input.id === null
        ? call(agreementsRoutes.create, { body: input.body })
        : call(agreementsRoutes.update, { params: { id: input.id }, body: input.body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: agreementsQueryKey }),
  });
}
