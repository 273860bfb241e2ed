import { useQuery } from '@tanstack/react-query';
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
import { citizensQueryKey, useCitizenSection } from '../citizens/use-citizens';

const key = ['housing-supply'] as const;

/** A change of the housing supply may change the citizens' housing profiles too. */
function useSupplyMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>, options?: RefreshOptions) {
  return useRefreshingMutation([key, citizensQueryKey], mutationFn, options);
}

export function useSupplySettings() {
  return useQuery({ queryKey: [...key, 'settings'], queryFn: ({ signal }) => call(routes.getSettings, { signal }) });
}

/** The municipality's written rules for the register (escalation, priority, refusal, rent limit). */
export function useUpdateSupplySettings() {
  return useSupplyMutation((body: UpdateHousingSupplySettingsBody) => call(routes.updateSettings, { body }));
}

export function useAllocationAgreements() {
  return useQuery({ queryKey: [...key, 'agreements'], queryFn: ({ signal }) => call(routes.listAgreements, { signal }) });
}

export function useDwellings() {
  return useQuery({ queryKey: [...key, 'dwellings'], queryFn: ({ signal }) => call(routes.listDwellings, { signal }) });
}

export function useVacancies(year: number | undefined) {
  return useQuery({
    queryKey: [...key, 'vacancies', year ?? 'current'],
    queryFn: ({ signal }) => call(routes.listVacancies, { query: year === undefined ? {} : { year }, signal }),
  });
}

export function useVacancy(id: string) {
  return useQuery({
    queryKey: [...key, 'vacancy', id],
    queryFn: ({ signal }) => call(routes.getVacancy, { params: { id }, signal }),
  });
}

export function useVacancyMatches(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...key, 'vacancy', id, 'matches'],
    queryFn: ({ signal }) => call(routes.listMatches, { params: { id }, signal }),
    enabled,
  });
}

export function useEvictionWarnings() {
  return useQuery({
    queryKey: [...key, 'eviction-warnings'],
    queryFn: ({ signal }) => call(routes.listEvictionWarnings, { signal }),
  });
}

export function useGuaranteeCases() {
  return useQuery({
    queryKey: [...key, 'guarantee-cases'],
    queryFn: ({ signal }) => call(routes.listGuaranteeCases, { signal }),
  });
}

export function useSupplyOverview(enabled: boolean) {
  return useQuery({
    queryKey: [...key, 'overview'],
    queryFn: ({ signal }) => call(routes.overview, { query: {}, signal }),
    enabled,
  });
}

/** The dwellings or citizens behind one figure of the overview (null: none chosen). */
export function useSupplyBehind(year: number | undefined, figure: string | null) {
  return useQuery({
    queryKey: [...key, 'overview-behind', year ?? null, figure],
    queryFn: ({ signal }) => call(routes.overviewBehind, { query: { year, figure: figure ?? '' }, signal }),
    enabled: figure !== null,
  });
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
