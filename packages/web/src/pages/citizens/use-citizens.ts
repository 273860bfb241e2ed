import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Citizen,
  CitizenDetail,
  CitizenSummary,
  CreateCitizenBody,
  CreateHousingPeriodBody,
  HousingPeriod,
  MunicipalityList,
  Stay,
  UpdateCitizenBody,
  UpdateHousingPeriodBody,
} from '@hjemvej/contract';
import { api } from '../../api/client';

/** Every citizen query starts with this key, so a change refreshes what shows the citizen. */
export const citizensQueryKey = ['citizens'] as const;

export const citizenPageSize = 25;

export interface CitizenListResult {
  items: CitizenSummary[];
  total: number;
}

export interface HousingPeriodList {
  items: HousingPeriod[];
  current: HousingPeriod | null;
  homelessSince: string | null;
  homelessDays: number | null;
}

export interface CreateCitizenResult {
  citizen: Citizen;
  stay: Stay | null;
  possibleDuplicates: CitizenSummary[];
}

/** Server search by name, alias or CPR number; each search is audited, so it waits for typing to pause. */
export function useCitizenSearch(search: string, page: number) {
  return useQuery({
    queryKey: [...citizensQueryKey, 'list', { search, page }],
    queryFn: ({ signal }) =>
      api.get<CitizenListResult>('/citizens', { query: { search: search.trim(), page, pageSize: citizenPageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCitizen(id: string) {
  return useQuery({
    queryKey: [...citizensQueryKey, 'detail', id],
    queryFn: ({ signal }) => api.get<CitizenDetail>(`/citizens/${id}`, { signal }),
  });
}

export function useHousingPeriods(citizenId: string) {
  return useQuery({
    queryKey: [...citizensQueryKey, 'housing', citizenId],
    queryFn: ({ signal }) => api.get<HousingPeriodList>(`/citizens/${citizenId}/housing-periods`, { signal }),
  });
}

export function useInvalidateCitizens() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: citizensQueryKey });
}

export function useCreateCitizen() {
  const invalidate = useInvalidateCitizens();
  return useMutation({
    mutationFn: (body: CreateCitizenBody) => api.post<CreateCitizenResult>('/citizens', body),
    onSuccess: invalidate,
  });
}

export function useUpdateCitizen(id: string) {
  const invalidate = useInvalidateCitizens();
  return useMutation({
    mutationFn: (body: UpdateCitizenBody) => api.patch<Citizen>(`/citizens/${id}`, body),
    onSuccess: invalidate,
    // A 409 (someone else saved first) also means our copy is old: fetch the current one.
    onError: invalidate,
  });
}

/** The full CPR number; the server audits every reveal. Never cached. */
export function useRevealCpr(id: string) {
  return useMutation({
    mutationFn: () => api.get<{ id: string; cpr: string | null }>(`/citizens/${id}/cpr`),
  });
}

export function useLinkCitizen() {
  const invalidate = useInvalidateCitizens();
  return useMutation({
    mutationFn: ({ id, otherCitizenId }: { id: string; otherCitizenId: string }) =>
      api.post<CitizenDetail>(`/citizens/${id}/link`, { otherCitizenId }),
    onSuccess: invalidate,
  });
}

export function useSplitCitizen() {
  const invalidate = useInvalidateCitizens();
  return useMutation({
    mutationFn: ({ id, otherCitizenId }: { id: string; otherCitizenId: string }) =>
      api.post<CitizenDetail>(`/citizens/${id}/split`, { otherCitizenId }),
    onSuccess: invalidate,
  });
}

export function useCreateHousingPeriod(citizenId: string) {
  const invalidate = useInvalidateCitizens();
  return useMutation({
    mutationFn: (body: CreateHousingPeriodBody) => api.post<HousingPeriod>(`/citizens/${citizenId}/housing-periods`, body),
    onSuccess: invalidate,
  });
}

export function useUpdateHousingPeriod() {
  const invalidate = useInvalidateCitizens();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateHousingPeriodBody }) =>
      api.patch<HousingPeriod>(`/housing-periods/${id}`, body),
    onSuccess: invalidate,
  });
}

/** All municipalities, for a shelter choosing a citizen's handlekommune. */
export function useMunicipalities(enabled: boolean) {
  return useQuery({
    queryKey: ['municipalities'],
    queryFn: ({ signal }) => api.get<MunicipalityList>('/municipalities', { signal }),
    enabled,
    staleTime: 10 * 60_000,
  });
}
