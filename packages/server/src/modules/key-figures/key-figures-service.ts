/**
 * The municipal dashboard: the own organisation's key figures for a period and reference
 * date, the trend over the last eight quarters and one breakdown, and the citizens behind any
 * figure. A municipality counts its handlekommune citizens; a § 110 shelter counts its own
 * stays (the stay measures only). The figures are aggregates of the organisation's own people,
 * not suppressed (the reader may already see each person); the people behind a figure are
 * listed only as far as the caller's citizen scope reaches, and the read is audited with them.
 */
import {
  type Breakdown,
  breakdowns,
  countInBands,
  groupRows,
  indexRows,
  type IsoDate,
  measureDefinitions,
  type MeasureId,
  type MeasureSummary,
  type MemberRow,
  periodWindowKey,
  type PersonFacts,
  sliceKey,
  summariseRows,
} from '@hjemvej/domain';
import type {
  FiguresComputed,
  KeyFigureCitizens,
  KeyFigureCitizensQuery,
  KeyFigureQuery,
  KeyFigures,
  MeasureFigure,
} from '@hjemvej/contract';
import { NotFoundError, UnprocessableError } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { checkRequest, measureBands, measureName, measuresOf, presentDefinitions, windowsOf } from './key-figure-request';
import { type FigureSummaries, readFigureRows, readFigureSummaries } from './key-figure-rollup';
import type { SummaryRecord } from './key-figure-rollup-queries';
import { findGroupNames, findPeopleByIds, findPersonsWithEvictionWarning, type KeyFigurePopulation } from './key-figures-queries';
import { findOfferStepBars } from '../time-report/time-report-queries';

function populationOf(ctx: DataContext): KeyFigurePopulation {
  const { organisationKind, organisationId } = ctx.actor;
  if (organisationKind === 'municipality') return { kind: 'municipality', organisationId };
  if (organisationKind === 'shelter') return { kind: 'shelter', organisationId };
  throw new NotFoundError();
}

function breakdownOf(query: KeyFigureQuery): Breakdown {
  return (query.breakdown ?? 'method') as Breakdown;
}

/** Age band and sex come from the person (birth date, CPR); method and unit from the row. */
const needsPeople = (breakdown: Breakdown) => breakdown === 'age_band' || breakdown === 'sex';

const peopleMap = (people: readonly { personId: string; birthDate: string | null; sex: PersonFacts['sex'] }[]) =>
  new Map(people.map((p) => [p.personId, { birthDate: p.birthDate, sex: p.sex }]));

/** The figures of one request, whether summarised from member rows or read from the stored summaries. */
interface Summaries {
  readonly summary: (windowKey: string, measure: MeasureId) => MeasureSummary;
  /** The breakdown's groups of the measure's period, in no order. */
  readonly groups: (measure: MeasureId) => { key: string; summary: MeasureSummary }[];
  readonly bands: (measure: MeasureId) => { key: string; count: number }[] | null;
  /** The period's rows of a K3 measure (who has had an eviction warning since moving in). */
  readonly periodRows: (measure: MeasureId) => readonly MemberRow[];
  readonly computed: FiguresComputed;
}

function summariesFromRows(
  rows: readonly MemberRow[],
  people: Map<string, PersonFacts>,
  breakdown: Breakdown,
  computed: FiguresComputed,
): Summaries {
  const index = indexRows(rows);
  const slice = (windowKey: string, measure: MeasureId) => index.get(sliceKey(windowKey, measure)) ?? [];
  return {
    summary: (windowKey, measure) => summariseRows(slice(windowKey, measure)),
    groups: (measure) =>
      [...groupRows(slice(periodWindowKey, measure), breakdown, people)].map(([key, of]) => ({
        key,
        summary: summariseRows(of),
      })),
    bands: (measure) => {
      const spec = measureBands(measure);
      const periodRows = slice(periodWindowKey, measure);
      return spec === null
        ? null
        : countInBands(spec.numeratorOnly ? periodRows.filter((r) => r.outcome === 'numerator') : periodRows, spec.bands);
    },
    periodRows: (measure) => slice(periodWindowKey, measure),
    computed,
  };
}

const storedSummary = (record: SummaryRecord): MeasureSummary => ({
  members: record.members,
  numerator: record.numerator,
  denominator: record.denominator,
  unknown: record.unknown,
  excluded: record.excluded,
  share: record.denominator === 0 ? null : record.numerator / record.denominator,
  median: record.median,
  p75: record.p75,
  mean: record.mean,
});

function storedSummaries({ summaries, periodRows, computed }: FigureSummaries, breakdown: Breakdown): Summaries {
  const wholes = new Map<string, MeasureSummary>();
  const groups = new Map<MeasureId, { key: string; summary: MeasureSummary }[]>();
  const bandCounts = new Map<string, number>();
  for (const record of summaries) {
    if (record.breakdown === 'all') wholes.set(sliceKey(record.window, record.measure), storedSummary(record));
    else if (record.breakdown === 'bands') bandCounts.set(`${record.measure}|${record.groupKey}`, record.members);
    else if (record.breakdown === breakdown)
      groups.set(record.measure, [
        ...(groups.get(record.measure) ?? []),
        { key: record.groupKey, summary: storedSummary(record) },
      ]);
  }
  const rowsOf = indexRows(periodRows);
  return {
    summary: (windowKey, measure) => wholes.get(sliceKey(windowKey, measure)) ?? summariseRows([]),
    groups: (measure) => groups.get(measure) ?? [],
    bands: (measure) =>
      measureBands(measure)?.bands.map((band) => ({ key: band.key, count: bandCounts.get(`${measure}|${band.key}`) ?? 0 })) ??
      null,
    periodRows: (measure) => rowsOf.get(sliceKey(periodWindowKey, measure)) ?? [],
    computed,
  };
}

/**
 * Today's dashboard of a municipality with today's default period reads the stored summaries
 * (a few hundred rows); any other request summarises member rows (roll-up or live).
 */
async function readSummaries(
  ctx: DataContext,
  population: KeyFigurePopulation,
  query: KeyFigureQuery,
  breakdown: Breakdown,
  measures: readonly MeasureId[],
): Promise<Summaries> {
  const windows = windowsOf(query);
  const stored = await readFigureSummaries(ctx, population, windows, query.referenceDate, {
    breakdown,
    periodRowMeasures: measures.filter((m) => measureDefinitions[m].figure === 'K3'),
  });
  if (stored !== null) return storedSummaries(stored, breakdown);
  const { rows, people, computed } = await readFigureRows(ctx, population, windows, query.referenceDate, {
    needPeople: needsPeople(breakdown),
  });
  return summariesFromRows(rows, peopleMap(people), breakdown, computed);
}

export async function getKeyFigures(ctx: DataContext, query: KeyFigureQuery): Promise<KeyFigures> {
  const version = checkRequest(query);
  const population = populationOf(ctx);
  const breakdown = breakdownOf(query);
  const windows = windowsOf(query);
  const stayOnly = population.kind === 'shelter';
  const measures = measuresOf(version, stayOnly);
  const summaries = await readSummaries(ctx, population, query, breakdown, measures);

  const unitIds =
    breakdown === 'unit'
      ? [...new Set(measures.flatMap((m) => summaries.groups(m).map((g) => g.key)))].filter((k) => k !== 'none')
      : [];
  const names = new Map((await findGroupNames(ctx.tx, unitIds)).map((u) => [u.id, u.name]));

  // K3's cohort (moved in), each with the day they moved in: who has had an eviction warning since.
  const retentionMoves = new Map<string, IsoDate>();
  for (const id of measures.filter((m) => measureDefinitions[m].figure === 'K3'))
    for (const row of summaries.periodRows(id)) {
      const earlier = retentionMoves.get(row.personId);
      if (earlier === undefined || row.anchorOn < earlier) retentionMoves.set(row.personId, row.anchorOn);
    }
  const warned =
    population.kind === 'municipality'
      ? await findPersonsWithEvictionWarning(
          ctx.tx,
          population.organisationId,
          [...retentionMoves].map(([personId, movedInOn]) => ({ personId, movedInOn })),
          query.referenceDate,
        )
      : new Set<string>();

  const figures: MeasureFigure[] = measures.map((id) => {
    const definition = measureDefinitions[id];
    return {
      id,
      figure: definition.figure,
      name: measureName(id, ctx.locale),
      kind: definition.kind,
      display: definition.display,
      higherIsBetter: definition.higherIsBetter,
      period: summaries.summary(periodWindowKey, id),
      trend: windows
        .filter((w) => w.key !== periodWindowKey)
        .map((w) => ({ window: w.key, from: w.from, to: w.to, summary: summaries.summary(w.key, id) })),
      groups: summaries
        .groups(id)
        .map(({ key, summary }) => ({ key, label: breakdown === 'unit' ? (names.get(key) ?? null) : null, summary }))
        .sort((a, b) => a.key.localeCompare(b.key)),
      bands: summaries.bands(id),
      evictionWarnings:
        definition.figure === 'K3' && population.kind === 'municipality'
          ? new Set(
              summaries
                .periodRows(id)
                .filter((row) => warned.has(row.personId))
                .map((row) => row.personId),
            ).size
          : null,
    };
  });

  // The offer steps are timed by the time report's own statement (one definition of a step).
  const offerSteps = stayOnly ? [] : await findOfferStepBars(ctx.tx, ctx.actor, query.from, query.to, query.referenceDate);

  ctx.describe({
    subjectType: 'key_figures',
    dataOrganisationId: ctx.actor.organisationId,
    changes: { from: query.from, to: query.to, referenceDate: query.referenceDate, version, breakdown },
  });
  return {
    from: query.from,
    to: query.to,
    referenceDate: query.referenceDate,
    version,
    breakdown,
    organisationName: ctx.actor.organisationName,
    computed: summaries.computed,
    definitions: presentDefinitions(version, ctx.locale, stayOnly),
    measures: figures,
    offerSteps: offerSteps.map((row) => ({
      step: row.step,
      count: row.taskCount,
      openCount: row.openCount,
      medianDays: row.medianDays,
      meanDays: row.meanDays,
    })),
  };
}

function inPart(row: MemberRow, part: KeyFigureCitizensQuery['part']): boolean {
  if (part === 'denominator') return row.outcome === 'numerator' || row.outcome === 'denominator';
  return row.outcome === part;
}

export async function listKeyFigureCitizens(ctx: DataContext, query: KeyFigureCitizensQuery): Promise<KeyFigureCitizens> {
  const version = checkRequest(query);
  const population = populationOf(ctx);
  const measures = measuresOf(version, population.kind === 'shelter');
  const measure = measures.find((m) => m === query.measure);
  if (measure === undefined) throw new UnprocessableError('key_figures_measure_unknown', 'measure');
  const windowKey = query.window ?? periodWindowKey;
  const window = windowsOf(query).find((w) => w.key === windowKey);
  if (window === undefined) throw new UnprocessableError('key_figures_window_unknown', 'window');
  if (query.breakdown !== undefined && !(breakdowns as readonly string[]).includes(query.breakdown))
    throw new UnprocessableError('key_figures_breakdown_unknown', 'breakdown');

  // Only the asked measure's rows are read (from the roll-up, or the measure's branch of the statement).
  const { rows, people } = await readFigureRows(ctx, population, [window], query.referenceDate, {
    measures: [measure],
    needPeople: query.breakdown !== undefined && query.group !== undefined && needsPeople(query.breakdown as Breakdown),
  });
  let behind = rows.filter((r) => r.measure === measure && inPart(r, query.part));
  if (query.breakdown !== undefined && query.group !== undefined) {
    const grouped = groupRows(behind, query.breakdown as Breakdown, peopleMap(people));
    behind = grouped.get(query.group) ?? [];
  }
  const byPerson = new Map<string, MemberRow[]>();
  for (const row of behind) byPerson.set(row.personId, [...(byPerson.get(row.personId) ?? []), row]);
  const found = await findPeopleByIds(ctx.tx, ctx.actor, [...byPerson.keys()]);
  const items = found.map((person) => {
    const own = (byPerson.get(person.id) ?? []).sort((a, b) => a.anchorOn.localeCompare(b.anchorOn));
    return { ...person, rows: own.length, value: own[0]?.value ?? null, anchorOn: own[0]?.anchorOn ?? window.to };
  });
  ctx.describe({
    subjectType: 'key_figures',
    dataOrganisationId: ctx.actor.organisationId,
    changes: {
      measure,
      part: query.part,
      window: windowKey,
      from: window.from,
      to: window.to,
      referenceDate: query.referenceDate,
      breakdown: query.breakdown ?? null,
      group: query.group ?? null,
      citizenIds: items.map((i) => i.id),
    },
  });
  return {
    measure,
    label: measureName(measure, ctx.locale),
    part: query.part,
    rowCount: behind.length,
    outsideScope: byPerson.size - items.length,
    items,
  };
}
