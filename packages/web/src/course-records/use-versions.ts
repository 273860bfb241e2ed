import { useQuery } from '@tanstack/react-query';
import type { CitizenVersionHistory, VersionComparison, VersionList } from '@hjemvej/contract';
import { api } from '../api/client';
import { citizensQueryKey } from '../pages/citizens/use-citizens';

/** The API path of each versioned record kind: `/<path>/:id/versions`, `/<path>/:id/compare`. */
export type VersionedPath = 'assessments' | 'plans' | 'decisions';

/** Every saved version of the record: who, when and which fields changed. */
export function useVersions(path: VersionedPath, id: string) {
  return useQuery({
    queryKey: [...citizensQueryKey, path, id, 'versions'],
    queryFn: ({ signal }) => api.get<VersionList>(`/${path}/${id}/versions`, { signal }),
  });
}

/** Two versions compared field by field by the server. */
export function useVersionComparison(path: VersionedPath, id: string, from: number | null, to: number | null) {
  return useQuery({
    queryKey: [...citizensQueryKey, path, id, 'compare', from, to],
    queryFn: ({ signal }) => api.get<VersionComparison>(`/${path}/${id}/compare`, { query: { from, to }, signal }),
    enabled: from !== null && to !== null && from !== to,
  });
}

/** Every version of the citizen's assessments, plans and decisions (the timeline shows each). */
export function useCitizenVersionHistory(citizenId: string) {
  return useQuery({
    queryKey: [...citizensQueryKey, 'version-history', citizenId],
    queryFn: async ({ signal }) =>
      (await api.get<CitizenVersionHistory>(`/citizens/${citizenId}/version-history`, { signal })).items,
  });
}
