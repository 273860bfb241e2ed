/**
 * The key figures' roll-up (design in docs/ARCHITECTURE.md, Key figures): today's member rows of
 * each municipality, kept like `course_status`.
 *
 * - **What it holds:** the rows of the one member-rows statement for the municipality's people,
 *   today's reference date and the day's fixed windows (`rollupWindows`: the year to today, the
 *   dashboard's default period, and the eight trend quarters).
 * - **Writes** mark the changed persons in the writing transaction (migration 0034's triggers,
 *   with `course_status_mark`); nothing calls anything.
 * - **Reads** (`readFigureRows`) first bring the municipality's roll-up to today: rebuilt when it
 *   is of another day (the first read of a day, about as long as the live statement), else only
 *   the marked persons recomputed; then the rows are read from the table. So the figures are
 *   never older than the read, and the answer says when the roll-up was built and how many
 *   persons were recomputed (`computed`).
 * - **Summaries** (migrations 0036, 0038): today's dashboard with the default period reads the
 *   stored summaries per window, measure and breakdown group (`readFigureSummaries`), as they
 *   stand once computed for today, saying when and whether changes are pending; the key-figure
 *   job recomputes them every few minutes after writes. The drill-down reads the rows, current.
 * - **Other reference dates and periods** are computed live, as before (the rows depend on the
 *   reference date and the windows): windows the roll-up holds come from it, the rest from the
 *   statement, and the answer says `live`.
 */
import {
  holidaysAround,
  type IsoDate,
  type KeyFigureWindow,
  type MeasureId,
  periodWindowKey,
  trendQuarters,
} from '@hjemvej/domain';
import { defaultKeyFigurePeriod, type FiguresComputed } from '@hjemvej/contract';
import type { Transaction } from 'kysely';
import { todayInDenmark } from '../../calendar/danish-time';
import type { Database } from '../../database/schema';
import type { DataContext } from '../../http/secured-route';
import { readRows, type ReadRows } from './key-figure-request';
import {
  findMunicipalityIds,
  findRollupRows,
  findRollups,
  findSummaries,
  findSummaryState,
  findUnsummarised,
  isSummarised,
  lockRollups,
  type SummaryRecord,
  systemHasStaleMarks,
  systemRebuildRollups,
  systemRefreshMarked,
  systemSummarise,
} from './key-figure-rollup-queries';
import {
  allowKeyFigureMemory,
  findPersonFacts,
  type KeyFigureParameters,
  type KeyFigurePopulation,
  type MemberRowRecord,
} from './key-figures-queries';

type Tx = Transaction<Database>;

/** The windows the roll-up holds for a reference date: the dashboard's default period and the trend quarters. */
export function rollupWindows(asOf: IsoDate): KeyFigureWindow[] {
  return [{ key: periodWindowKey, ...defaultKeyFigurePeriod(asOf) }, ...trendQuarters(asOf)];
}

function rollupParameters(asOf: IsoDate): KeyFigureParameters {
  const windows = rollupWindows(asOf);
  return { windows, asOf, holidays: holidaysAround(windows, asOf) };
}

export interface RollupFreshness {
  /** When the oldest of the roll-ups was built (its rows computed for the day). */
  readonly builtAt: Date;
  /** Persons recomputed on this call (their records had changed). */
  readonly updatedPersons: number;
}

/**
 * Brings these municipalities' roll-ups to `today`: those of another day (or none) rebuilt in one
 * statement, then the marked persons recomputed. Without anything to do it takes no lock.
 */
export async function systemEnsureRollups(tx: Tx, organisationIds: readonly string[], today: IsoDate): Promise<RollupFreshness> {
  const behind = async () => {
    const states = new Map((await findRollups(tx, organisationIds)).map((s) => [s.organisationId, s]));
    return { states, behind: organisationIds.filter((id) => states.get(id)?.asOf !== today) };
  };
  let current = await behind();
  let updatedPersons = 0;
  if (current.behind.length > 0 || (await systemHasStaleMarks(tx, organisationIds))) {
    await allowKeyFigureMemory(tx);
    await lockRollups(tx, organisationIds);
    // Under the locks: a request that waited for them finds the work done.
    const parameters = rollupParameters(today);
    await systemRebuildRollups(tx, (await behind()).behind, parameters);
    updatedPersons = await systemRefreshMarked(tx, organisationIds, parameters);
    current = await behind();
  }
  const built = [...current.states.values()].map((s) => new Date(s.builtAt).getTime());
  return { builtAt: new Date(built.length === 0 ? Date.now() : Math.min(...built)), updatedPersons };
}

export interface FigureRows extends ReadRows {
  readonly computed: FiguresComputed;
}

const liveNow = (): FiguresComputed => ({
  source: 'live',
  computedAt: new Date().toISOString(),
  updatedPersons: 0,
  changesPending: false,
});

/**
 * The member rows and person facts a dashboard (or its drill-down) needs: a municipality's rows of
 * today's fixed windows from its roll-up, any other window (another period) and any other
 * reference date or population (a shelter) from the live statement. The person facts (birth date,
 * sex) are read from the roll-up path only when `needPeople` (a breakdown by age band or sex).
 */
export async function readFigureRows(
  ctx: Pick<DataContext, 'tx'>,
  population: KeyFigurePopulation,
  windows: readonly KeyFigureWindow[],
  asOf: IsoDate,
  { measures, needPeople }: { readonly measures?: readonly MeasureId[]; readonly needPeople: boolean },
): Promise<FigureRows> {
  const today = todayInDenmark();
  if (population.kind !== 'municipality' || asOf !== today)
    return { ...(await readRows(ctx, population, windows, asOf, measures)), computed: liveNow() };
  const fixed = rollupWindows(today);
  const rolled = windows.filter((w) => fixed.some((f) => f.key === w.key && f.from === w.from && f.to === w.to));
  const rest = windows.filter((w) => !rolled.includes(w));
  const freshness = await systemEnsureRollups(ctx.tx, [population.organisationId], today);
  const rows: MemberRowRecord[] = await findRollupRows(
    ctx.tx,
    [population.organisationId],
    rolled.map((w) => w.key),
    measures,
  );
  if (rest.length === 0)
    return {
      rows,
      people: needPeople ? await findPersonFacts(ctx.tx, population) : [],
      computed: {
        source: 'rollup',
        computedAt: freshness.builtAt.toISOString(),
        updatedPersons: freshness.updatedPersons,
        changesPending: false,
      },
    };
  const live = await readRows(ctx, population, rest, asOf, measures);
  return { rows: [...rows, ...live.rows], people: live.people, computed: liveNow() };
}

/** Whether `windows` are all among today's fixed windows (same key and dates). */
const allRolled = (windows: readonly KeyFigureWindow[], today: IsoDate) => {
  const fixed = rollupWindows(today);
  return windows.every((w) => fixed.some((f) => f.key === w.key && f.from === w.from && f.to === w.to));
};

export interface FigureSummaries {
  readonly summaries: SummaryRecord[];
  /** The period's member rows of these measures (K3: who has had an eviction warning since moving in). */
  readonly periodRows: MemberRowRecord[];
  readonly computed: FiguresComputed;
}

/**
 * The dashboard's summaries from the stored ones, when the request is one the roll-up holds (a
 * municipality, today's reference date, only today's fixed windows); else null (the caller reads
 * member rows).
 *
 * - **Today's summaries exist:** they are served as they stand, with the time they were computed
 *   and whether changes are pending (persons marked since, or member rows recomputed since by a
 *   drill-down). Recomputing them takes seconds in a large municipality (bench/README.md), so the
 *   key-figure job does it every few minutes instead of the view that follows a write
 *   (`systemKeepSummariesCurrent`); the figures are never older than the screen says.
 * - **None of today yet** (the day's first view before the job's round): the roll-up is brought
 *   to today and the summaries computed now, under the roll-up's lock, so they are exactly those
 *   of the rows the drill-down reads.
 */
export async function readFigureSummaries(
  ctx: Pick<DataContext, 'tx'>,
  population: KeyFigurePopulation,
  windows: readonly KeyFigureWindow[],
  asOf: IsoDate,
  { breakdown, periodRowMeasures }: { readonly breakdown: string; readonly periodRowMeasures: readonly MeasureId[] },
): Promise<FigureSummaries | null> {
  const today = todayInDenmark();
  if (population.kind !== 'municipality' || asOf !== today || !allRolled(windows, today)) return null;
  const organisationId = population.organisationId;
  const read = async (computed: FiguresComputed): Promise<FigureSummaries> => ({
    summaries: await findSummaries(
      ctx.tx,
      organisationId,
      windows.map((w) => w.key),
      breakdown,
    ),
    periodRows:
      periodRowMeasures.length === 0 ? [] : await findRollupRows(ctx.tx, [organisationId], [periodWindowKey], periodRowMeasures),
    computed,
  });
  const state = await findSummaryState(ctx.tx, organisationId);
  if (state !== null && state.summariesAsOf === today && state.summarisedAt !== null) {
    const changesPending = !state.summarised || (await systemHasStaleMarks(ctx.tx, [organisationId]));
    return read({
      source: 'summaries',
      computedAt: new Date(state.summarisedAt).toISOString(),
      updatedPersons: 0,
      changesPending,
    });
  }
  const freshness = await systemEnsureRollups(ctx.tx, [organisationId], today);
  if (!(await isSummarised(ctx.tx, organisationId))) {
    await lockRollups(ctx.tx, [organisationId]);
    // Under the lock: a request that waited for it finds them computed.
    if (!(await isSummarised(ctx.tx, organisationId))) {
      await allowKeyFigureMemory(ctx.tx);
      await systemSummarise(ctx.tx, [organisationId]);
    }
  }
  return read({
    source: 'rollup',
    computedAt: freshness.builtAt.toISOString(),
    updatedPersons: freshness.updatedPersons,
    changesPending: false,
  });
}

/**
 * The daily job's second half: every municipality's roll-up brought to today (marked persons
 * recomputed) and, where that or an earlier write changed member rows, its summaries recomputed,
 * so the first dashboard after a write does not pay for it. Returns the municipalities summarised.
 */
export async function systemKeepSummariesCurrent(tx: Tx, today: IsoDate): Promise<string[]> {
  const ids = await findMunicipalityIds(tx);
  await systemEnsureRollups(tx, ids, today);
  const behind = await findUnsummarised(tx, ids);
  if (behind.length === 0) return [];
  await allowKeyFigureMemory(tx);
  await lockRollups(tx, behind);
  // Under the locks: a dashboard read that got there first has already summarised.
  const still = await findUnsummarised(tx, behind);
  await systemSummarise(tx, still);
  return still;
}

/** Every municipality's rows of today's fixed windows, their roll-ups brought to today first. */
export async function systemReadCountryRollup(
  tx: Tx,
  today: IsoDate,
): Promise<{ rows: MemberRowRecord[]; windows: KeyFigureWindow[]; freshness: RollupFreshness }> {
  const ids = await findMunicipalityIds(tx);
  const freshness = await systemEnsureRollups(tx, ids, today);
  const windows = rollupWindows(today);
  return {
    rows: await findRollupRows(
      tx,
      ids,
      windows.map((w) => w.key),
    ),
    windows,
    freshness,
  };
}
