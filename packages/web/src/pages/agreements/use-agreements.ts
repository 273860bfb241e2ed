import { agreementsRoutes, type CreateAgreementBody, type UpdateAgreementBody } from '@hjemvej/contract';
import { call } from '../../api/client';
import { useRefreshingMutation } from '../../api/use-refreshing-mutation';
import { useRouteQuery } from '../../api/use-route-query';

const agreementsQueryKey = ['agreements'] as const;

export function useAgreements() {
  return useRouteQuery(agreementsQueryKey, agreementsRoutes.list, {});
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
