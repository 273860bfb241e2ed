import { useQuery } from '@tanstack/react-query';
import { timeReportRoutes } from '@hjemvej/contract';
import { call } from '../../api/client';

export function useTimeReport(from: string, to: string) {
  return useQuery({
    queryKey: ['time-report', from, to],
    queryFn: ({ signal }) => call(timeReportRoutes.read, { query: { from, to }, signal }),
    enabled: from !== '' && to !== '',
  });
}

export function useTimeReportCitizens(from: string, to: string, bar: string | null) {
  return useQuery({
    queryKey: ['time-report', from, to, 'citizens', bar],
    queryFn: ({ signal }) => call(timeReportRoutes.citizens, { query: { from, to, bar: bar ?? '' }, signal }),
    enabled: bar !== null,
  });
}
