/**
 * What the dashboard and the national view share: checking a request (each problem names its
 * field), the windows and rows it reads, and the definitions as the user's language shows them.
 */
import {
  checkKeyFigureRequest,
  holidaysAround,
  type IsoDate,
  keyFigureDefinitionsOf,
  keyFigureVersions,
  type KeyFigureWindow,
  type MeasureId,
  measureDefinitions,
  periodWindowKey,
  registrationBands,
  returnBands,
  trendQuarters,
} from '@hjemvej/domain';
import type { KeyFigureDefinitionOutput, KeyFigureQuery, Locale } from '@hjemvej/contract';
import { todayInDenmark } from '../../calendar/danish-time';
import { UnprocessableError } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import {
  allowKeyFigureMemory,
  findMemberRows,
  findPersonFacts,
  type KeyFigurePopulation,
  type MemberRowRecord,
  type PersonFactsRow,
} from './key-figures-queries';

export const latestVersion = keyFigureVersions[0] ?? 1;

export function checkRequest(query: KeyFigureQuery): number {
  const [issue] = checkKeyFigureRequest(query, todayInDenmark());
  if (issue) throw new UnprocessableError(`key_figures_${issue.code}`, issue.field);
  return query.version ?? latestVersion;
}

export function windowsOf(query: Pick<KeyFigureQuery, 'from' | 'to' | 'referenceDate'>): KeyFigureWindow[] {
  return [{ key: periodWindowKey, from: query.from, to: query.to }, ...trendQuarters(query.referenceDate)];
}

export interface ReadRows {
  readonly rows: MemberRowRecord[];
  readonly people: PersonFactsRow[];
}

export async function readRows(
  ctx: Pick<DataContext, 'tx'>,
  population: KeyFigurePopulation,
  windows: readonly KeyFigureWindow[],
  asOf: IsoDate,
  measures?: readonly MeasureId[],
): Promise<ReadRows> {
  await allowKeyFigureMemory(ctx.tx);
  const rows = await findMemberRows(ctx.tx, population, {
    windows,
    asOf,
    holidays: holidaysAround(windows, asOf),
    ...(measures === undefined ? {} : { measures }),
  });
  const people = await findPersonFacts(ctx.tx, population);
  return { rows, people };
}

/** The measures a version computes (for a shelter: those about its own stays). */
export function measuresOf(version: number, stayMeasuresOnly: boolean): MeasureId[] {
  return keyFigureDefinitionsOf(version)
    .flatMap((d) => d.measures)
    .filter((m) => !stayMeasuresOnly || measureDefinitions[m].isStayMeasure);
}

export function presentDefinitions(version: number, locale: Locale, stayMeasuresOnly: boolean): KeyFigureDefinitionOutput[] {
  return keyFigureDefinitionsOf(version)
    .filter((d) => !stayMeasuresOnly || d.measures.some((m) => measureDefinitions[m].isStayMeasure))
    .map((d) => {
      const en = locale === 'en' ? d.en : undefined;
      return {
        id: d.id,
        version: d.version,
        name: locale === 'da' ? d.nameDa : d.nameEn,
        explanationDa: en?.explanation ?? d.explanationDa,
        cohort: en?.cohort ?? d.cohort,
        anchor: en?.anchor ?? d.anchor,
        window: en?.window ?? d.window,
        numerator: en?.numerator ?? d.numerator,
        denominator: en?.denominator ?? d.denominator,
        exclusions: en?.exclusions ?? d.exclusions,
        breakdowns: [...d.breakdowns],
        measures: [...d.measures],
        source: d.source.legal
          ? `${d.source.reference} (${d.source.legal.lawName}${d.source.legal.paragraph ? ` § ${d.source.legal.paragraph}` : ''})`
          : d.source.reference,
        sourceUrl: d.source.url ?? d.source.legal?.url ?? null,
        notComputedReason: d.status.computed ? null : locale === 'da' ? d.status.reasonDa : d.status.reasonEn,
        note: en?.note ?? d.note ?? null,
      };
    });
}

export const measureName = (id: MeasureId, locale: Locale) =>
  locale === 'da' ? measureDefinitions[id].nameDa : measureDefinitions[id].nameEn;

/** A measure as the national view and a programme's figures head their columns. */
export const measureHeading = (id: MeasureId, locale: Locale) => ({
  id,
  name: measureName(id, locale),
  display: measureDefinitions[id].display,
  higherIsBetter: measureDefinitions[id].higherIsBetter,
});

export interface MeasureBands {
  readonly bands: readonly { readonly key: string; readonly from: number; readonly to: number }[];
  /** Only the numerator's rows are counted (K4: the returns), else every row with a value. */
  readonly numeratorOnly: boolean;
}

/** The bands a measure's period is counted in on the dashboard (K4's return, K15's registration delay). */
export function measureBands(measure: MeasureId): MeasureBands | null {
  if (measure === 'k4_returned_2y') return { bands: returnBands, numeratorOnly: true };
  if (measure === 'k15_registered_on_time') return { bands: registrationBands, numeratorOnly: false };
  return null;
}
