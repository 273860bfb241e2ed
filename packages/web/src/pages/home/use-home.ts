import { useQuery } from '@tanstack/react-query';
import { byNameListRoutes, homeRoutes, shelterStaysRoutes, supportCoursesRoutes, tasksRoutes } from '@hjemvej/contract';
import { call } from '../../api/client';
import { citizensQueryKey } from '../citizens/use-citizens';
import { tasksQueryKey } from '../tasks/use-tasks';

export function useHome() {
  return useQuery({ queryKey: ['home'], queryFn: ({ signal }) => call(homeRoutes.read, { signal }) });
}

/** How many of a list the start page shows; the rest is one click away. */
export const startPageRows = 5;

/** My open tasks in the inbox's order (urgent and overdue first), and my units' open counts. */
export function useMyTasks(enabled: boolean) {
  return useQuery({
    queryKey: [...tasksQueryKey, 'inbox', 'start-page'],
    queryFn: ({ signal }) =>
      call(tasksRoutes.inbox, { query: { mine: 'true', view: 'open', page: 1, pageSize: startPageRows }, signal }),
    enabled,
  });
}

/** The by-name list's citizens who need attention most, and how many are on the list. */
export function useCitizensNeedingAttention(enabled: boolean) {
  return useQuery({
    queryKey: [...citizensQueryKey, 'by-name-list', 'start-page'],
    queryFn: ({ signal }) =>
      call(byNameListRoutes.read, { query: { sort: 'warnings', dir: 'desc', page: 1, pageSize: startPageRows }, signal }),
    enabled,
  });
}

/** The support worker's open courses, the longest without contact first. */
export function useMyCaseload(enabled: boolean) {
  return useQuery({
    queryKey: [...citizensQueryKey, 'caseload', 'start-page'],
    queryFn: ({ signal }) => call(supportCoursesRoutes.caseload, { query: { pageSize: 8 }, signal }),
    enabled,
  });
}

/** The own shelter's residents now and what is due about them. */
export function useResidentsSummary(enabled: boolean) {
  return useQuery({
    queryKey: [...citizensQueryKey, 'shelter-residents', 'start-page'],
    queryFn: ({ signal }) => call(shelterStaysRoutes.summary, { signal }),
    enabled,
  });
}
