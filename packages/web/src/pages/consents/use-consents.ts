import { consentsRoutes, type CreateConsentBody, type WithdrawConsentBody } from '@hjemvej/contract';
import { call } from '../../api/client';
import { citizensQueryKey, useCitizensMutation, useCitizenSection } from '../citizens/use-citizens';

export const consentsKey = (citizenId: string) => [...citizensQueryKey, 'consents', citizenId] as const;

/** Consents hang under the citizens key: a change there refreshes them (and the partner view). */
export function useConsents(citizenId: string) {
  return useCitizenSection(consentsKey(citizenId), ({ signal }) =>
    call(consentsRoutes.list, { params: { id: citizenId }, signal }),
  );
}

export function useCreateConsent(citizenId: string) {
  return useCitizensMutation((body: CreateConsentBody) => call(consentsRoutes.create, { params: { id: citizenId }, body }));
}

export function useWithdrawConsent() {
  return useCitizensMutation(({ id, body }: { id: string; body: WithdrawConsentBody }) =>
    call(consentsRoutes.withdraw, { params: { id }, body }),
  );
}
