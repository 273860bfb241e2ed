import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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
import { citizensQueryKey } from '../citizens/use-citizens';

const key = ['housing-supply'] as const;

function useInvalidate() {
  const client = useQueryClient();
  return async () => {
    await client.invalidateQueries({ queryKey: key });
    await client.invalidateQueries({ queryKey: citizensQueryKey });
  };
}

export function useSupplySettings() {
  return useQuery({ queryKey: [...key, 'settings'], queryFn: ({ signal }) => call(routes.getSettings, { signal }) });
}

/** The municipality's written rules for the register (escalation, priority, refusal, rent limit). */
export function useUpdateSupplySettings() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: UpdateHousingSupplySettingsBody) => call(routes.updateSettings, { body }),
    onSuccess: invalidate,
  });
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
  return useQuery({
    queryKey: housingProfileKey(citizenId),
    queryFn: ({ signal }) => call(routes.getProfile, { params: { id: citizenId }, signal }),
  });
}

export function useCreateAllocationAgreement() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: CreateAllocationAgreementBody) => call(routes.createAgreement, { body }),
    onSuccess: invalidate,
  });
}

export function useCreateDwelling() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: CreateDwellingBody) => call(routes.createDwelling, { body }), onSuccess: invalidate });
}

export function useReportVacancy() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ dwellingId, body }: { dwellingId: string; body: ReportVacancyBody }) =>
      call(routes.reportVacancy, { params: { id: dwellingId }, body }),
    onSuccess: invalidate,
  });
}

export function useCreateOffer(vacancyId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: CreateOfferBody) => call(routes.createOffer, { params: { id: vacancyId }, body }),
    onSuccess: invalidate,
  });
}

export function useAnswerOffer() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ offerId, body }: { offerId: string; body: AnswerOfferBody }) =>
      call(routes.answerOffer, { params: { id: offerId }, body }),
    onSuccess: invalidate,
  });
}

export function useCreateEvictionWarning() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: CreateEvictionWarningBody) => call(routes.createEvictionWarning, { body }),
    onSuccess: invalidate,
  });
}

export function useUpdateHousingProfile(citizenId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: UpdateHousingProfileBody) => call(routes.updateProfile, { params: { id: citizenId }, body }),
    onSuccess: invalidate,
  });
}
