import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import {
  citizensRoutes,
  housingPeriodsRoutes,
  myCitizensRoutes,
  organisationRoutes,
  type CreateCitizenBody,
  type CreateHousingPeriodBody,
  type UpdateCitizenBody,
  type UpdateHousingPeriodBody,
} from '@hjemvej/contract';
import { call } from '../../api/client';
import { useRefreshingMutation, type RefreshOptions } from '../../api/use-refreshing-mutation';
import { useRouteQuery } from '../../api/use-route-query';

/** Every citizen query starts with this key, so a change refreshes what shows the citizen. */
export const citizensQueryKey = ['citizens'] as const;

export const citizenPageSize = 25;

/** Server search by name, alias or CPR number; each search is audited, so it waits for typing to pause. */
export function useCitizenSearch(search: string, page: number) {
  return useRouteQuery(
    [...citizensQueryKey, 'list', { search, page }],
    citizensRoutes.search,
    { query: { search: search.trim(), page, pageSize: citizenPageSize } },
    { placeholderData: keepPreviousData },
  );
}

export const citizenDetailKey = (id: string) => [...citizensQueryKey, 'detail', id] as const;

export function useCitizen(id: string) {
  return useRouteQuery(citizenDetailKey(id), citizensRoutes.read, { params: { id } });
}

/** `enabled`: false when the reader does not read this category (need-to-know): nothing is asked. */
/**
 * One section of the citizen's page read from its own route, under the section's key (the
 * citizen page seeds it; a write refreshes it). `enabled`: false when the reader does not read
 * this category (need-to-know): nothing is asked.
 */
export function useCitizenSection<Data>(
  queryKey: readonly unknown[],
  queryFn: (context: { signal: AbortSignal }) => Promise<Data>,
  enabled = true,
) {
  return useQuery({ enabled, queryKey, queryFn });
}

export const housingPeriodsKey = (citizenId: string) => [...citizensQueryKey, 'housing', citizenId] as const;

export function useHousingPeriods(citizenId: string, enabled = true) {
  return useCitizenSection(
    housingPeriodsKey(citizenId),
    ({ signal }) => call(housingPeriodsRoutes.listHousingPeriods, { params: { id: citizenId }, signal }),
    enabled,
  );
}

/** A mutation of a citizen's records: the citizen's queries are fetched again when it is saved. */
export function useCitizensMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>, options?: RefreshOptions) {
  return useRefreshingMutation([citizensQueryKey], mutationFn, options);
}

export function useCreateCitizen() {
  return useCitizensMutation((body: CreateCitizenBody) => call(citizensRoutes.create, { body }));
}

export function useUpdateCitizen(id: string) {
  // A 409 (someone else saved first) also means our copy is old: fetch the current one.
  return useCitizensMutation((body: UpdateCitizenBody) => call(citizensRoutes.update, { params: { id }, body }), {
    alsoOnError: true,
  });
}

/** The full CPR number; the server audits every reveal. Never cached. */
export function useRevealCpr(id: string) {
  return useMutation({
    mutationFn: () => call(citizensRoutes.revealCpr, { params: { id } }),
  });
}

/** Linking two records of one person, or splitting them again: everything about the citizen is fetched again. */
function linkRecordsHook(route: typeof citizensRoutes.link | typeof citizensRoutes.split) {
  return function useLinkRecords() {
    return useCitizensMutation(({ id, otherCitizenId }: { id: string; otherCitizenId: string }) =>
      call(route, { params: { id }, body: { otherCitizenId } }),
    );
  };
}

export const useLinkCitizen = linkRecordsHook(citizensRoutes.link);

export const useSplitCitizen = linkRecordsHook(citizensRoutes.split);

export function useCreateHousingPeriod(citizenId: string) {
  return useCitizensMutation((body: CreateHousingPeriodBody) =>
    call(housingPeriodsRoutes.createHousingPeriod, { params: { id: citizenId }, body }),
  );
}

export function useUpdateHousingPeriod() {
  return useCitizensMutation(({ id, body }: { id: string; body: UpdateHousingPeriodBody }) =>
    call(housingPeriodsRoutes.updateHousingPeriod, { params: { id }, body }),
  );
}

/** All municipalities, for a shelter choosing a citizen's handlekommune. */
export function useMunicipalities(enabled: boolean) {
  return useRouteQuery(['municipalities'], organisationRoutes.municipalities, {}, { enabled, staleTime: 10 * 60_000 });
}

/** The own municipality's colleagues who may be a citizen's responsible caseworker (the edit form's choice). */
export function useResponsibleCaseworkers(enabled: boolean) {
  return useRouteQuery(
    ['responsible-caseworkers'],
    myCitizensRoutes.responsibleCaseworkers,
    {},
    { enabled, staleTime: 5 * 60_000 },
  );
}
