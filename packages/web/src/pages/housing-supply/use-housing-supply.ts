import {
  housingSupplyRoutes as routes,
  type AnswerOfferBody,
  type CreateAllocationAgreementBody,
  type CreateDwellingBody,
  type CreateEvictionWarningBody,
  type CreateOfferBody,
  type ReportVacancyBody,
  type UpdateHousingProfileBody,
  type UpdateHousingSupplySettingsBody,
} from '@hjemvej/contract';
import { call } from '../../api/client';
import { useRefreshingMutation, type RefreshOptions } from '../../api/use-refreshing-mutation';
import { useRouteQuery } from '../../api/use-route-query';
import { citizensQueryKey, useCitizenSection } from '../citizens/use-citizens';

const key = ['housing-supply'] as const;

/** A change of the housing supply may change the citizens' housing profiles too. */
function useSupplyMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>, options?: RefreshOptions) {
  return useRefreshingMutation([key, citizensQueryKey], mutationFn, options);
}

export function useSupplySettings() {
  return useRouteQuery([...key, 'settings'], routes.getSettings, {});
}

/** The municipality's written rules for the register (escalation, priority, refusal, rent limit). */
export function useUpdateSupplySettings() {
  return useSupplyMutation((body: UpdateHousingSupplySettingsBody) => call(routes.updateSettings, { body }));
}

export function useAllocationAgreements() {
  return useRouteQuery([...key, 'agreements'], routes.listAgreements, {});
}

export function useDwellings() {
  return useRouteQuery([...key, 'dwellings'], routes.listDwellings, {});
}

export function useVacancies(year: number | undefined) {
  return useRouteQuery([...key, 'vacancies', year ?? 'current'], routes.listVacancies, {
    query: year === undefined ? {} : { year },
  });
}

export function useVacancy(id: string) {
  return useRouteQuery([...key, 'vacancy', id], routes.getVacancy, { params: { id } });
}

export function useVacancyMatches(id: string, enabled: boolean) {
  return useRouteQuery([...key, 'vacancy', id, 'matches'], routes.listMatches, { params: { id } }, { enabled });
}

export function useEvictionWarnings() {
  return useRouteQuery([...key, 'eviction-warnings'], routes.listEvictionWarnings, {});
}

export function useGuaranteeCases() {
  return useRouteQuery([...key, 'guarantee-cases'], routes.listGuaranteeCases, {});
}

export function useSupplyOverview(enabled: boolean) {
  return useRouteQuery([...key, 'overview'], routes.overview, { query: {} }, { enabled });
}

/** The dwellings or citizens behind one figure of the overview (null: none chosen). */
export function useSupplyBehind(year: number | undefined, figure: string | null) {
  return useRouteQuery(
    [...key, 'overview-behind', year ?? null, figure],
    routes.overviewBehind,
    { query: { year, figure: figure ?? '' } },
    { enabled: figure !== null },
  );
}

export const housingProfileKey = (citizenId: string) => [...key, 'profile', citizenId] as const;

export function useHousingProfile(citizenId: string) {
  return useCitizenSection(housingProfileKey(citizenId), ({ signal }) =>
    call(routes.getProfile, { params: { id: citizenId }, signal }),
  );
}

export function useCreateAllocationAgreement() {
  return useSupplyMutation((body: CreateAllocationAgreementBody) => call(routes.createAgreement, { body }));
}

export function useCreateDwelling() {
  return useSupplyMutation((body: CreateDwellingBody) => call(routes.createDwelling, { body }));
}

export function useReportVacancy() {
  return useSupplyMutation(({ dwellingId, body }: { dwellingId: string; body: ReportVacancyBody }) =>
    call(routes.reportVacancy, { params: { id: dwellingId }, body }),
  );
}

export function useCreateOffer(vacancyId: string) {
  return useSupplyMutation((body: CreateOfferBody) => call(routes.createOffer, { params: { id: vacancyId }, body }));
}

export function useAnswerOffer() {
  return useSupplyMutation(({ offerId, body }: { offerId: string; body: AnswerOfferBody }) =>
    call(routes.answerOffer, { params: { id: offerId }, body }),
  );
}

export function useCreateEvictionWarning() {
  return useSupplyMutation((body: CreateEvictionWarningBody) => call(routes.createEvictionWarning, { body }));
}

export function useUpdateHousingProfile(citizenId: string) {
  return useSupplyMutation((body: UpdateHousingProfileBody) => call(routes.updateProfile, { params: { id: citizenId }, body }));
}
