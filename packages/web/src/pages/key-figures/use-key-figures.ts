import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';
import {
  keyFiguresRoutes,
  type KeyFigureCitizensQuery,
  type KeyFigureQuery,
  type RouteDefinition,
  type RouteInput,
} from '@hjemvej/contract';
import { call } from '../../api/client';
import { useRouteQuery, type RouteQueryOptions } from '../../api/use-route-query';

/** The dates every figure view is asked for: a period and the day the figures are counted on. */
interface FigurePeriod {
  readonly from: string;
  readonly to: string;
  readonly referenceDate: string;
}

/**
 * Figures over a period (the dashboard, the national view, the status report, a programme's figures):
 * not asked while a date is still empty, and the previous figures stay on screen while the next load.
 */
export function usePeriodFigures<const D extends RouteDefinition>(
  queryKey: QueryKey,
  route: D,
  input: RouteInput<D> & { readonly query: FigurePeriod },
  options?: RouteQueryOptions<D>,
) {
  // TypeScript cannot intersect an open route's input with the period; for a real route the parameter type holds.
  const { from, to, referenceDate } = (input as { readonly query: FigurePeriod }).query;
  return useRouteQuery(queryKey, route, input, {
    enabled: from !== '' && to !== '' && referenceDate !== '',
    placeholderData: keepPreviousData,
    ...options,
  });
}

export function useKeyFigures(query: KeyFigureQuery) {
  return usePeriodFigures(['key-figures', query], keyFiguresRoutes.read, { query });
}

export function useKeyFigureCitizens(query: KeyFigureCitizensQuery | null) {
  return useQuery({
    queryKey: ['key-figures', 'citizens', query],
    queryFn: ({ signal }) => {
      if (query === null) throw new Error('no figure chosen');
      return call(keyFiguresRoutes.citizens, { query, signal });
    },
    enabled: query !== null,
  });
}

export function useNationalFigures(query: KeyFigureQuery) {
  return usePeriodFigures(['national-figures', query], keyFiguresRoutes.national, { query });
}
