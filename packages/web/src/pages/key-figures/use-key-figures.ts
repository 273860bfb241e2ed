import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { keyFiguresRoutes, type KeyFigureCitizensQuery, type KeyFigureQuery } from '@hjemvej/contract';
import { call } from '../../api/client';

const isComplete = (query: KeyFigureQuery) => query.from !== '' && query.to !== '' && query.referenceDate !== '';

export function useKeyFigures(query: KeyFigureQuery) {
  return useQuery({
    queryKey: ['key-figures', query],
    queryFn: ({ signal }) => call(keyFiguresRoutes.read, { query, signal }),
    enabled: isComplete(query),
    placeholderData: keepPreviousData,
  });
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
  return useQuery({
    queryKey: ['national-figures', query],
    queryFn: ({ signal }) => call(keyFiguresRoutes.national, { query, signal }),
    enabled: isComplete(query),
    placeholderData: keepPreviousData,
  });
}
