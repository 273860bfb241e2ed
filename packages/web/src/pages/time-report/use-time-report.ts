import { timeReportRoutes } from '@hjemvej/contract';
import { useRouteQuery } from '../../api/use-route-query';

export function useTimeReport(from: string, to: string) {
  return useRouteQuery(
    ['time-report', from, to],
    timeReportRoutes.read,
    { query: { from, to } },
    { enabled: from !== '' && to !== '' },
  );
}

export function useTimeReportCitizens(from: string, to: string, bar: string | null) {
  return useRouteQuery(
    ['time-report', from, to, 'citizens', bar],
    timeReportRoutes.citizens,
    { query: { from, to, bar: bar ?? '' } },
    { enabled: bar !== null },
  );
}
