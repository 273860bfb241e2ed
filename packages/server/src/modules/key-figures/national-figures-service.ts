/**
 * The national view for the national consultant (Social- og Boligstyrelsen): every
 * municipality's key figures side by side and the country's, with the country's trend. The
 * rows are read outside any caller's scope (`systemEveryMunicipality`), and only suppressed
 * aggregates leave: counts as one table of numerator and complement per municipality through `suppressTable` (primary and secondary suppression against
 * the published country total), shares through `suppressShare`, medians only behind at least
 * k rows. No person, no id of a person, no drill-down.
 */
import {
  COMPLEMENT_LABEL,
  computeK14,
  poolK14ByMethod,
  DEFAULT_SUPPRESSION_THRESHOLD,
  indexRows,
  type MeasureId,
  type MemberRow,
  type PublishedCell,
  periodWindowKey,
  sliceKey,
  suppressTable,
  suppressShare,
  summariseRows,
  type SupportMethod,
  supportMethods,
  type IsoDate,
  type KeyFigureWindow,
} from '@hjemvej/domain';
import {
  defaultKeyFigurePeriod,
  type FiguresComputed,
  type KeyFigureQuery,
  type Locale,
  type NationalFidelity,
  type NationalFigures,
  nationalFiguresSchema,
  type PublishedCount,
  type PublishedFigure,
} from '@hjemvej/contract';
import type { Transaction } from 'kysely';
import { todayInDenmark } from '../../calendar/danish-time';
import type { Database } from '../../database/schema';
import type { DataContext } from '../../http/secured-route';
import { checkRequest, measureHeading, measuresOf, presentDefinitions, readRows, windowsOf } from './key-figure-request';
import { systemReadCountryRollup } from './key-figure-rollup';
import { findNationalAnswer, lockNationalAnswer, saveNationalAnswer } from './key-figure-rollup-queries';
import { findMunicipalities, findPersonFacts, type PersonFactsRow, systemEveryMunicipality } from './key-figures-queries';
import { systemFindEveryMunicipalityMeasurements } from '../fidelity/fidelity-queries';

type Tx = Transaction<Database>;

const threshold = DEFAULT_SUPPRESSION_THRESHOLD;

const published = (cell: PublishedCell | undefined): PublishedCount =>
  cell === undefined || cell.kind === 'value'
    ? { kind: 'value', value: cell?.value ?? 0 }
    : { kind: 'suppressed', label: cell.label };

function sizeBandOf(citizens: number): 'small' | 'medium' | 'large' {
  if (citizens < 100) return 'small';
  if (citizens < 500) return 'medium';
  return 'large';
}

/**
 * One measure over groups (municipalities) with the total, published as one table per group of
 * [numerator, denominator − numerator] with the denominator as its row total and the country's
 * as column and grand totals. Suppressing that table hides a small complement too: "6 of 6
 * retained" must not show as numerator 6 and denominator 6 with only the share hidden, since the
 * two counts tell the share. Secondary suppression then keeps every hidden cell from being
 * worked out from what is shown. Also publishes a programme's figures (modules/programmes).
 */
export function publishMeasure(
  groups: readonly (readonly MemberRow[])[],
  all: readonly MemberRow[],
): { cells: PublishedFigure[]; total: PublishedFigure } {
  const summaries = groups.map(summariseRows);
  const totalSummary = summariseRows(all);
  const table = suppressTable(
    summaries.map((s) => [s.numerator, s.denominator - s.numerator]),
    { threshold },
  );
  const figure = (
    summary: ReturnType<typeof summariseRows>,
    numerator: PublishedCell | undefined,
    denominator: PublishedCell | undefined,
  ): PublishedFigure => {
    const share = summary.denominator === 0 ? null : suppressShare(summary.numerator, summary.denominator, { threshold });
    const countsShown = numerator?.kind === 'value' && denominator?.kind === 'value';
    return {
      numerator: published(numerator),
      denominator: published(denominator),
      share: share?.kind === 'value' && countsShown ? share.share : null,
      // A share hidden for its complement is not "under 5": it shows as "..".
      shareLabel:
        share?.kind === 'suppressed'
          ? share.reason === 'small-complement'
            ? COMPLEMENT_LABEL
            : share.label
          : share?.kind === 'value' && !countsShown
            ? COMPLEMENT_LABEL
            : null,
      median: summary.denominator >= threshold ? summary.median : null,
    };
  };
  return {
    cells: summaries.map((s, i) => figure(s, table.cells[i]?.[0], table.rowTotals?.[i])),
    total: figure(totalSummary, table.columnTotals?.[0], table.grandTotal ?? undefined),
  };
}

type NationalBody = Pick<NationalFigures, 'municipalities' | 'country' | 'trend'>;
const nationalBodySchema = nationalFiguresSchema.pick({ municipalities: true, country: true, trend: true });

/** The published tables (every municipality, the country, the country's trend) from the country's rows. */
async function publishCountry(
  tx: Tx,
  version: number,
  windows: readonly KeyFigureWindow[],
  rows: readonly MemberRow[],
  people: readonly PersonFactsRow[],
): Promise<NationalBody> {
  const municipalities = await findMunicipalities(tx);
  const municipalityOf = new Map(people.map((p) => [p.personId, p.municipalityId]));
  const measures = measuresOf(version, false);

  const index = indexRows(rows);
  const byMunicipality = (slice: readonly MemberRow[]) => {
    const groups = new Map<string, MemberRow[]>(municipalities.map((m) => [m.id, []]));
    for (const row of slice) groups.get(municipalityOf.get(row.personId) ?? '')?.push(row);
    return municipalities.map((m) => groups.get(m.id) ?? []);
  };

  const perMeasure = new Map<MeasureId, { cells: PublishedFigure[]; total: PublishedFigure }>();
  for (const id of measures) {
    const slice = index.get(sliceKey(periodWindowKey, id)) ?? [];
    perMeasure.set(id, publishMeasure(byMunicipality(slice), slice));
  }

  const citizensPer = new Map<string, number>();
  for (const p of people) if (p.municipalityId) citizensPer.set(p.municipalityId, (citizensPer.get(p.municipalityId) ?? 0) + 1);
  const methodsPer = new Map<string, Set<SupportMethod>>();
  for (const row of index.get(sliceKey(periodWindowKey, 'k13_caseload')) ?? []) {
    const municipality = municipalityOf.get(row.personId);
    if (!municipality || row.method === null) continue;
    const set = methodsPer.get(municipality) ?? new Set();
    set.add(row.method);
    methodsPer.set(municipality, set);
  }

  return {
    municipalities: municipalities.map((m, i) => ({
      id: m.id,
      name: m.name,
      sizeBand: sizeBandOf(citizensPer.get(m.id) ?? 0),
      methods: supportMethods.filter((method) => methodsPer.get(m.id)?.has(method)),
      figures: Object.fromEntries(measures.map((id) => [id, perMeasure.get(id)?.cells[i] ?? emptyFigure])),
    })),
    country: Object.fromEntries(measures.map((id) => [id, perMeasure.get(id)?.total ?? emptyFigure])),
    trend: windows
      .filter((w) => w.key !== periodWindowKey)
      .map((w) => ({
        window: w.key,
        from: w.from,
        to: w.to,
        figures: Object.fromEntries(
          measures.map((id) => {
            const slice = index.get(sliceKey(w.key, id)) ?? [];
            return [id, publishMeasure([slice], slice).total];
          }),
        ),
      })),
  };
}

/**
 * Today's national answer for the default period: computed once a day from the municipalities'
 * roll-ups (brought to today first) and kept; later reads of the day serve it with its age. The
 * stored answer holds only what is published (suppressed), never a row.
 */
export async function systemDailyNationalAnswer(
  tx: Tx,
  version: number,
  today: IsoDate,
): Promise<{ body: NationalBody; computedAt: Date }> {
  const key = { referenceDate: today, ...defaultKeyFigurePeriod(today), version };
  const served = async () => {
    const saved = await findNationalAnswer(tx, key);
    return saved === null ? null : { body: nationalBodySchema.parse(saved.answer), computedAt: new Date(saved.computedAt) };
  };
  const first = await served();
  if (first !== null) return first;
  await lockNationalAnswer(tx);
  // Under the lock: a request (or the job) that waited finds the answer computed.
  const waited = await served();
  if (waited !== null) return waited;
  const { rows, windows } = await systemReadCountryRollup(tx, today);
  const people = await findPersonFacts(tx, systemEveryMunicipality);
  const body = await publishCountry(tx, version, windows, rows, people);
  return { body, computedAt: new Date(await saveNationalAnswer(tx, key, body)) };
}

/**
 * K14 per municipality and method on the reference date: each team's latest measurement per core
 * element (`computeK14`), pooled per method (`poolK14ByMethod`). Team scores, read live (a few
 * measurements per team and year), never a person; no drill-down reaches the teams.
 */
async function nationalFidelity(tx: Tx, referenceDate: IsoDate, locale: Locale): Promise<NationalFidelity[]> {
  const byMunicipality = new Map<string, Awaited<ReturnType<typeof systemFindEveryMunicipalityMeasurements>>>();
  for (const m of await systemFindEveryMunicipalityMeasurements(tx))
    byMunicipality.set(m.organisationId, [...(byMunicipality.get(m.organisationId) ?? []), m]);
  return [...byMunicipality].flatMap(([municipalityId, measurements]) =>
    poolK14ByMethod(computeK14(measurements, referenceDate)).map((pooled) => ({
      municipalityId,
      method: pooled.method,
      teams: pooled.teams,
      latestOn: pooled.latestOn,
      total: pooled.total,
      elements: pooled.elements.map((e) => ({
        instrumentId: e.instrumentId,
        coreElementId: e.coreElementId,
        name: locale === 'da' ? e.nameDa : e.nameEn,
        latest: e.latest,
      })),
    })),
  );
}

export async function getNationalFigures(ctx: DataContext, query: KeyFigureQuery): Promise<NationalFigures> {
  const version = checkRequest(query);
  const today = todayInDenmark();
  const period = defaultKeyFigurePeriod(today);
  let body: NationalBody;
  let computed: FiguresComputed;
  if (query.referenceDate === today && query.from === period.from && query.to === period.to) {
    const daily = await systemDailyNationalAnswer(ctx.tx, version, today);
    body = daily.body;
    computed = { source: 'daily', computedAt: daily.computedAt.toISOString(), updatedPersons: 0, changesPending: false };
  } else {
    const windows = windowsOf(query);
    const { rows, people } = await readRows(ctx, systemEveryMunicipality, windows, query.referenceDate);
    body = await publishCountry(ctx.tx, version, windows, rows, people);
    computed = { source: 'live', computedAt: new Date().toISOString(), updatedPersons: 0, changesPending: false };
  }
  const measures = measuresOf(version, false);

  ctx.describe({
    subjectType: 'national_figures',
    dataOrganisationId: null,
    changes: {
      from: query.from,
      to: query.to,
      referenceDate: query.referenceDate,
      version,
      municipalities: body.municipalities.length,
    },
  });
  return {
    from: query.from,
    to: query.to,
    referenceDate: query.referenceDate,
    version,
    threshold,
    computed,
    definitions: presentDefinitions(version, ctx.locale, false),
    measures: measures.map((id) => measureHeading(id, ctx.locale)),
    ...body,
    fidelity: await nationalFidelity(ctx.tx, query.referenceDate, ctx.locale),
  };
}

export const emptyFigure: PublishedFigure = {
  numerator: { kind: 'value', value: 0 },
  denominator: { kind: 'value', value: 0 },
  share: null,
  shareLabel: null,
  median: null,
};
