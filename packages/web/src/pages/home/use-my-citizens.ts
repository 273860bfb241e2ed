import { useQuery } from '@tanstack/react-query';
import { myCitizensRoutes } from '@hjemvej/contract';
import { call } from '../../api/client';
import { citizensQueryKey } from '../citizens/use-citizens';

/** How many of my citizens the start page lists (overdue first); the summary counts them all. */
export const myCitizensRows = 10;

/** The citizens I am the responsible caseworker for, with what is overdue or due this week. */
export function useMyCitizens(enabled: boolean) {
  return useQuery({
    queryKey: [...citizensQueryKey, 'mine', 'start-page'],
    queryFn: ({ signal }) => call(myCitizensRoutes.list, { query: { pageSize: myCitizensRows }, signal }),
    enabled,
  });
}
