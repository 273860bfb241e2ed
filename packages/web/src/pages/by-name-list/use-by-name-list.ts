import { keepPreviousData } from '@tanstack/react-query';
import { byNameListRoutes, type ByNameListQuery } from '@hjemvej/contract';
import { useRouteQuery } from '../../api/use-route-query';
import { citizensQueryKey } from '../citizens/use-citizens';

export const byNameListPageSize = 50;

/** One page of the by-name list; each read is audited, so the search waits for typing to pause. */
export function useByNameList(query: ByNameListQuery & { page: number; pageSize: number }) {
  return useRouteQuery(
    [...citizensQueryKey, 'by-name-list', query],
    byNameListRoutes.read,
    {
      query: {
        sort: query.sort,
        dir: query.dir,
        category: query.category,
        method: query.method,
        warning: query.warning,
        search: query.search?.trim(),
        page: query.page,
        pageSize: query.pageSize,
      },
    },
    { placeholderData: keepPreviousData },
  );
}
