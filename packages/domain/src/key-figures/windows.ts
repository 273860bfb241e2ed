/**
 * The windows a dashboard reads: the chosen period, and the quarters of the trend (the last
 * eight, the newest ending on the reference date), plus the checks on a request's period.
 */
import { addDays, addMonths, dateParts, type IsoDate, isoDate, minIsoDate } from '../calendar/iso-date';
import { holidaysOf } from '../calendar/danish-holidays';
import { breakdowns, keyFigureVersions } from './definitions';
import { type KeyFigureWindow } from './reference';

export const trendQuarterCount = 8;

function quarterStartOf(day: IsoDate): IsoDate {
  const { year, month } = dateParts(day);
  return isoDate(year, Math.floor((month - 1) / 3) * 3 + 1, 1);
}

/** 'q2026-4' for the quarter starting 1 October 2026. */
export function quarterKey(start: IsoDate): string {
  const { year, month } = dateParts(start);
  return `q${year}-${Math.floor((month - 1) / 3) + 1}`;
}

/** The last `count` quarters up to `referenceDate`, oldest first; the newest ends on the reference date. */
export function trendQuarters(referenceDate: IsoDate, count: number = trendQuarterCount): KeyFigureWindow[] {
  const windows: KeyFigureWindow[] = [];
  let start = quarterStartOf(referenceDate);
  for (let i = 0; i < count; i += 1) {
    const end = minIsoDate(addDays(addMonths(start, 3), -1), referenceDate);
    windows.unshift({ key: quarterKey(start), from: start, to: end });
    start = addMonths(start, -3);
  }
  return windows;
}

export const periodWindowKey = 'period';

export interface KeyFigureRequest {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly referenceDate: IsoDate;
  readonly version?: number;
  readonly breakdown?: string;
}

export type KeyFigureRequestIssue =
  | { readonly field: 'to'; readonly code: 'period_reversed' | 'period_after_reference_date' }
  | { readonly field: 'referenceDate'; readonly code: 'reference_date_in_future' }
  | { readonly field: 'version'; readonly code: 'version_unknown' }
  | { readonly field: 'breakdown'; readonly code: 'breakdown_unknown' };

/** What is wrong with a request, each naming its field; empty when it can be answered. */
export function checkKeyFigureRequest(request: KeyFigureRequest, today: IsoDate): KeyFigureRequestIssue[] {
  const issues: KeyFigureRequestIssue[] = [];
  if (request.to < request.from) issues.push({ field: 'to', code: 'period_reversed' });
  else if (request.to > request.referenceDate) issues.push({ field: 'to', code: 'period_after_reference_date' });
  if (request.referenceDate > today) issues.push({ field: 'referenceDate', code: 'reference_date_in_future' });
  if (request.version !== undefined && !keyFigureVersions.includes(request.version))
    issues.push({ field: 'version', code: 'version_unknown' });
  if (request.breakdown !== undefined && !(breakdowns as readonly string[]).includes(request.breakdown))
    issues.push({ field: 'breakdown', code: 'breakdown_unknown' });
  return issues;
}

/** The Danish public holidays from the year before the first window to the year after `asOf` (deadlines cross New Year). */
export function holidaysAround(windows: readonly KeyFigureWindow[], asOf: IsoDate): IsoDate[] {
  const first = windows.reduce((min, w) => (w.from < min ? w.from : min), asOf);
  const days: IsoDate[] = [];
  for (let year = dateParts(first).year - 1; year <= dateParts(asOf).year + 1; year += 1)
    days.push(...holidaysOf(year).map((h) => h.date));
  return days;
}
