import { useQuery, type QueryKey } from '@tanstack/react-query';
import { byNameListRoutes, homeRoutes, shelterStaysRoutes, supportCoursesRoutes, tasksRoutes } from '@hjemvej/contract';
import { call } from '../../api/client';
import { useRouteQuery } from '../../api/use-route-query';
import { citizensQueryKey } from '../citizens/use-citizens';
import { tasksQueryKey } from '../tasks/use-tasks';

export function useHome() {
  return useRouteQuery(['home'], homeRoutes.read, {});
}

/** How many of a list the start page shows; the rest is one click away. */
export const startPageRows = 5;

/**
 * A start-page block's query: kept under its page's key (a change there refreshes the block too),
 * marked as the start page's own (it asks for fewer rows than the page), read only when the block shows.
 */
export function useStartPageQuery<Data>(queryKey: QueryKey, read: (signal: AbortSignal) => Promise<Data>, enabled = true) {
  return useQuery({ queryKey: [...queryKey, 'start-page'], queryFn: ({ signal }) => read(signal), enabled });
}

/** My open tasks in the inbox's order (urgent and overdue first), and my units' open counts. */
export function useMyTasks(enabled: boolean) {
  return useStartPageQuery(
    [...tasksQueryKey, 'inbox'],
    (signal) => call(tasksRoutes.inbox, { query: { mine: 'true', view: 'open', page: 1, pageSize: startPageRows }, signal }),
    enabled,
  );
}

/** The by-name list's citizens who need attention most, and how many are on the list. */
export function useCitizensNeedingAttention(enabled: boolean) {
  return useStartPageQuery(
    [...citizensQueryKey, 'by-name-list'],
    (signal) =>
      call(byNameListRoutes.read, { query: { sort: 'warnings', dir: 'desc', page: 1, pageSize: startPageRows }, signal }),
    enabled,
  );
}

/** The support worker's open courses, the longest without contact first. */
export function useMyCaseload(enabled: boolean) {
  return useStartPageQuery(
    [...citizensQueryKey, 'caseload'],
    (signal) => call(supportCoursesRoutes.caseload, { query: { pageSize: 8 }, signal }),
    enabled,
  );
}

/** The own shelter's residents now and what is due about them. */
export function useResidentsSummary(enabled: boolean) {
  return useStartPageQuery(
    [...citizensQueryKey, 'shelter-residents'],
    (signal) => call(shelterStaysRoutes.summary, { signal }),
    enabled,
  );
}
