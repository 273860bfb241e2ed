import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { byNameListRoutes, type ByNameListQuery } from '@hjemvej/contract';
import { call } from '../../api/client';
import { citizensQueryKey } from '../citizens/use-citizens';

export const byNameListPageSize = 50;

/** One page of the by-name list; each read is audited, so the search waits for typing to pause. */
export function useByNameList(query: ByNameListQuery & { page: number; pageSize: number }) {
  return useQuery({
    queryKey: [...citizensQueryKey, 'by-name-list', query],
    queryFn: ({ signal }) =>
      call(byNameListRoutes.read, {
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
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}
