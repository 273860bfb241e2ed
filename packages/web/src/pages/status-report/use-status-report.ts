import { routeUrl, statusReportRoutes, type StatusReportQuery } from '@hjemvej/contract';
import { usePeriodFigures } from '../key-figures/use-key-figures';

export function useStatusReport(query: StatusReportQuery) {
  return usePeriodFigures(['status-report', query], statusReportRoutes.read, { query });
}

export const downloadFormats = ['pdf', 'xlsx', 'csv'] as const;
export type DownloadFormat = (typeof downloadFormats)[number];

/** The address a download link opens (a plain GET with the session cookie: the browser saves the file). */
export function statusReportDownloadUrl(format: DownloadFormat, query: StatusReportQuery): string {
  return `${routeUrl(statusReportRoutes[format])}?${new URLSearchParams({ ...query }).toString()}`;
}
