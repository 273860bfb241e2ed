import { useQuery } from '@tanstack/react-query';
import { assessmentsRoutes, decisionsRoutes, plansRoutes, versioningRoutes } from '@hjemvej/contract';
import { call } from '../api/client';
import { useRouteQuery } from '../api/use-route-query';
import { citizensQueryKey } from '../pages/citizens/use-citizens';

/** The version routes of each versioned record kind, by the path its records live under. */
const versionRoutesOf = {
  assessments: assessmentsRoutes.versions,
  plans: plansRoutes.versions,
  decisions: decisionsRoutes.versions,
};

export type VersionedPath = keyof typeof versionRoutesOf;

/** Every saved version of the record: who, when and which fields changed. */
export function useVersions(path: VersionedPath, id: string) {
  return useRouteQuery([...citizensQueryKey, path, id, 'versions'], versionRoutesOf[path].list, { params: { id } });
}

/** Two versions compared field by field by the server. */
export function useVersionComparison(path: VersionedPath, id: string, from: number | null, to: number | null) {
  return useRouteQuery(
    [...citizensQueryKey, path, id, 'compare', from, to],
    versionRoutesOf[path].compare,
    { params: { id }, query: { from, to } },
    { enabled: from !== null && to !== null && from !== to },
  );
}

export const citizenVersionHistoryKey = (citizenId: string) => [...citizensQueryKey, 'version-history', citizenId] as const;

/** Every version of the citizen's assessments, plans and decisions (the timeline shows each). */
export function useCitizenVersionHistory(citizenId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: citizenVersionHistoryKey(citizenId),
    queryFn: async ({ signal }) =>
      (await call(versioningRoutes.citizenVersionHistory, { params: { id: citizenId }, signal })).items,
  });
}
