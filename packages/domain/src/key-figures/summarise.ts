/**
 * From member rows to figures: counts, share, median, 75th percentile and mean, for a whole
 * window or per breakdown group (method, unit, age band, sex). Used on rows from the SQL and
 * from the reference implementation alike.
 */
import { dateParts, type IsoDate } from '../calendar/iso-date';
import { type LegalSex } from '../citizen/cpr';
import { percentile } from '../flowcard/lead-time';
import { type Breakdown, type MeasureId } from './definitions';
import { type MemberRow } from './reference';

export interface PersonFacts {
  readonly birthDate: IsoDate | null;
  readonly sex: LegalSex | null;
}

export const ageBands = ['under_18', '18_29', '30_39', '40_49', '50_59', '60_plus'] as const;
export type AgeBand = (typeof ageBands)[number];

/** Age in whole years on `day`. */
export function ageOn(birthDate: IsoDate, day: IsoDate): number {
  const b = dateParts(birthDate);
  const d = dateParts(day);
  const hadBirthday = d.month > b.month || (d.month === b.month && d.day >= b.day);
  return d.year - b.year - (hadBirthday ? 0 : 1);
}

export function ageBandOn(birthDate: IsoDate | null, day: IsoDate): AgeBand | null {
  if (birthDate === null) return null;
  const age = ageOn(birthDate, day);
  if (age < 18) return 'under_18';
  if (age < 30) return '18_29';
  if (age < 40) return '30_39';
  if (age < 50) return '40_49';
  if (age < 60) return '50_59';
  return '60_plus';
}

export interface MeasureSummary {
  /** All rows, whatever their outcome. */
  readonly members: number;
  readonly numerator: number;
  /** numerator + rows counted but not in the numerator (unknown and excluded are apart). */
  readonly denominator: number;
  readonly unknown: number;
  readonly excluded: number;
  /** numerator ÷ denominator, 0–1; null when the denominator is 0. */
  readonly share: number | null;
  readonly median: number | null;
  readonly p75: number | null;
  readonly mean: number | null;
}

export function summariseRows(rows: readonly MemberRow[]): MeasureSummary {
  let numerator = 0;
  let denominator = 0;
  let unknown = 0;
  let excluded = 0;
  const values: number[] = [];
  for (const row of rows) {
    if (row.outcome === 'numerator') numerator += 1;
    if (row.outcome === 'numerator' || row.outcome === 'denominator') {
      denominator += 1;
      if (row.value !== null) values.push(row.value);
    }
    if (row.outcome === 'unknown') unknown += 1;
    if (row.outcome === 'excluded') excluded += 1;
  }
  return {
    members: rows.length,
    numerator,
    denominator,
    unknown,
    excluded,
    share: denominator === 0 ? null : numerator / denominator,
    median: percentile(values, 0.5),
    p75: percentile(values, 0.75),
    mean: values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length,
  };
}

/** The group a row falls in for a breakdown; null = not known (no course, no birth date …). */
export function groupOf(row: MemberRow, breakdown: Breakdown, people: ReadonlyMap<string, PersonFacts>): string | null {
  switch (breakdown) {
    case 'method':
      return row.method;
    case 'unit':
      return row.unitId;
    case 'age_band':
      return ageBandOn(people.get(row.personId)?.birthDate ?? null, row.anchorOn);
    case 'sex':
      return people.get(row.personId)?.sex ?? null;
  }
}

/** Rows of one window and measure, grouped by the breakdown (the key 'none' for unknown). */
export function groupRows(
  rows: readonly MemberRow[],
  breakdown: Breakdown,
  people: ReadonlyMap<string, PersonFacts>,
): Map<string, MemberRow[]> {
  const groups = new Map<string, MemberRow[]>();
  for (const row of rows) {
    const key = groupOf(row, breakdown, people) ?? 'none';
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Index rows by window and measure once, so a dashboard reads each slice without scanning all rows. */
export function indexRows(rows: readonly MemberRow[]): Map<string, MemberRow[]> {
  const index = new Map<string, MemberRow[]>();
  for (const row of rows) {
    const key = sliceKey(row.window, row.measure);
    const list = index.get(key);
    if (list) list.push(row);
    else index.set(key, [row]);
  }
  return index;
}

export const sliceKey = (window: string, measure: MeasureId) => `${window}|${measure}`;

/** K4's return bands (days after move-in). */
export const returnBands = [
  { key: '0_180', from: 0, to: 180 },
  { key: '181_365', from: 181, to: 365 },
  { key: '366_730', from: 366, to: 730 },
] as const;

/** K15's registration delay bands (days after the event). */
export const registrationBands = [
  { key: '0', from: 0, to: 0 },
  { key: '1_3', from: 1, to: 3 },
  { key: '4_6', from: 4, to: 6 },
  { key: '7_10', from: 7, to: 10 },
  { key: '11_plus', from: 11, to: Number.POSITIVE_INFINITY },
] as const;

export function countInBands(
  rows: readonly MemberRow[],
  bands: readonly { readonly key: string; readonly from: number; readonly to: number }[],
): { key: string; count: number }[] {
  return bands.map((band) => ({
    key: band.key,
    count: rows.filter((r) => r.value !== null && r.value >= band.from && r.value <= band.to).length,
  }));
}
