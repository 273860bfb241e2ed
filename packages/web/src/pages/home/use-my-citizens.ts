import { myCitizensRoutes } from '@hjemvej/contract';
import { call } from '../../api/client';
import { citizensQueryKey } from '../citizens/use-citizens';
import { useStartPageQuery } from './use-home';

/** How many of my citizens the start page lists (overdue first); the summary counts them all. */
export const myCitizensRows = 10;

/** The citizens I am the responsible caseworker for, with what is overdue or due this week. */
export function useMyCitizens(enabled: boolean) {
  return useStartPageQuery(
    [...citizensQueryKey, 'mine'],
    (signal) => call(myCitizensRoutes.list, { query: { pageSize: myCitizensRows }, signal }),
    enabled,
  );
}
