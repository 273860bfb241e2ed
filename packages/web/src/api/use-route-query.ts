import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import type { RouteDefinition, RouteInput, RouteResponse } from '@hjemvej/contract';
import { call } from './client';

/** How a route's query is kept besides its key: when it runs, how long its answer stays fresh … */
export type RouteQueryOptions<D extends RouteDefinition> = Omit<UseQueryOptions<RouteResponse<D>>, 'queryKey' | 'queryFn'>;

/** A query that reads one contract route under its key: the route's input as given, cancelled when the query is. */
export function useRouteQuery<const D extends RouteDefinition>(
  queryKey: QueryKey,
  route: D,
  input: RouteInput<D>,
  options?: RouteQueryOptions<D>,
) {
  return useQuery({
    ...options,
    queryKey,
    queryFn: ({ signal }) => call(route, { ...input, signal }),
  });
}
