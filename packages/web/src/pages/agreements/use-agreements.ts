import { useQuery } from '@tanstack/react-query';
import { agreementsRoutes, type CreateAgreementBody, type UpdateAgreementBody } from '@hjemvej/contract';
import { call } from '../../api/client';
import { useRefreshingMutation } from '../../api/use-refreshing-mutation';

const agreementsQueryKey = ['agreements'] as const;

export function useAgreements() {
  return useQuery({
    queryKey: agreementsQueryKey,
    queryFn: ({ signal }) => call(agreementsRoutes.list, { signal }),
  });
}

export function useSaveAgreement() {
  return useRefreshingMutation(
    [agreementsQueryKey],
    (input: { id: null; body: CreateAgreementBody } | { id: string; body: UpdateAgreementBody }) =>
      input.id === null
        ? call(agreementsRoutes.create, { body: input.body })
        : call(agreementsRoutes.update, { params: { id: input.id }, body: input.body }),
    { alsoOnError: true },
  );
}
