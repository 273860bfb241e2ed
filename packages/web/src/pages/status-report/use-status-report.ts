import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { routeUrl, statusReportRoutes, type StatusReportQuery } from '@hjemvej/contract';
import { call } from '../../api/client';

const isComplete = (query: StatusReportQuery) => query.from !== '' && query.to !== '' && query.referenceDate !== '';

export function useStatusReport(query: StatusReportQuery) {
  return useQuery({
    queryKey: ['status-report', query],
    queryFn: ({ signal }) => call(statusReportRoutes.read, { query, signal }),
    enabled: isComplete(query),
    placeholderData: keepPreviousData,
  });
}

export const downloadFormats = ['pdf', 'xlsx', 'csv'] as const;
export type DownloadFormat = (typeof downloadFormats)[number];

/** The address a download link opens (a plain GET with the session cookie: the browser saves the file). */
export function statusReportDownloadUrl(format: DownloadFormat, query: StatusReportQuery): string {
  return `${routeUrl(statusReportRoutes[format])}?${new URLSearchParams({ ...query }).toString()}`;
}
