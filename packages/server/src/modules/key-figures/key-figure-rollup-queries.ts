/**
 * SQL of the key figures' roll-up (migration 0034; design in docs/ARCHITECTURE.md, Key figures):
 * the member rows of each municipality for today's reference date and the day's fixed windows,
 * written by the one member-rows statement (`memberRowsQuery`), so the roll-up and the live
 * figures cannot differ in their rule. Everything here is `system…`: it computes and stores rows
 * outside any caller's scope; what leaves is decided by the services (aggregates for the
 * municipality's own leaders, the drill-down filtered by the caller's citizen scope, the national
 * view suppressed).
 */
import { sql, type Transaction } from 'kysely';
import { type IsoDate, type MeasureId, measureIds, periodWindowKey } from '@hjemvej/domain';
import type { Database } from '../../database/schema';
import { measureBands } from './key-figure-request';
import {
  type KeyFigureParameters,
  memberRowsQuery,
  type MemberRowRecord,
  sexFromCpr,
  systemMunicipalities,
  systemPersons,
} from './key-figures-queries';

type Tx = Transaction<Database>;

export interface RollupState {
  readonly organisationId: string;
  readonly asOf: IsoDate;
  readonly builtAt: Date;
  readonly refreshedAt: Date;
}

export async function findRollups(tx: Tx, organisationIds: readonly string[]): Promise<RollupState[]> {
  if (organisationIds.length === 0) return [];
  return (
    await sql<RollupState>`
SELECT organisation_id::text AS "organisationId", to_char(as_of, 'YYYY-MM-DD') AS "asOf", built_at AS "builtAt", refreshed_at AS "refreshedAt"
FROM key_figure_rollups WHERE organisation_id = ANY (${[...organisationIds]}::uuid[])`.execute(tx)
  ).rows;
}

/** Every municipality's id (the national view's roll-up covers them all). */
export async function findMunicipalityIds(tx: Tx): Promise<string[]> {
  return (
    await sql<{ id: string }>`SELECT id::text AS id FROM organisations WHERE kind = 'municipality' ORDER BY id`.execute(tx)
  ).rows.map((r) => r.id);
}

/**
 * One writer per municipality at a time (transaction-scoped; taken in id order, so two requests
 * locking several cannot deadlock). A request that waited finds the work done.
 */
export async function lockRollups(tx: Tx, organisationIds: readonly string[]): Promise<void> {
  for (const id of [...organisationIds].sort())
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`key_figure_rollup:${id}`}))`.execute(tx);
}

/**
 * The marks a refresh of these municipalities must take: persons now counted by one of them, or
 * with rows in one of them, and records that are no longer a person (linked into another,
 * deleted) or are counted nowhere. Marks of persons counted by another municipality stay for it.
 */
const relevantMarks = (organisationIds: readonly string[]) => sql`
SELECT s.person_id FROM key_figure_stale s LEFT JOIN citizens c ON c.id = s.person_id
WHERE c.id IS NULL OR c.merged_into_id IS NOT NULL OR c.handlekommune_id IS NULL
   OR c.handlekommune_id = ANY (${[...organisationIds]}::uuid[])
   OR EXISTS (SELECT 1 FROM key_figure_member_rows r
              WHERE r.person_id = s.person_id AND r.organisation_id = ANY (${[...organisationIds]}::uuid[]))`;

export async function systemHasStaleMarks(tx: Tx, organisationIds: readonly string[]): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`SELECT EXISTS (${relevantMarks(organisationIds)}) AS found`.execute(tx);
  return rows[0]?.found === true;
}

/** Takes (deletes) the marks of these municipalities' persons; returns the person ids. */
async function takeMarks(tx: Tx, organisationIds: readonly string[]): Promise<string[]> {
  const { rows } = await sql<{ personId: string }>`
DELETE FROM key_figure_stale WHERE person_id IN (${relevantMarks(organisationIds)})
RETURNING person_id::text AS "personId"`.execute(tx);
  return rows.map((r) => r.personId);
}

/**
 * Deletes member rows; the summaries of every municipality that lost rows (a person's old rows
 * may lie in another municipality's roll-up) are no longer those of its rows.
 */
async function deleteRows(tx: Tx, where: ReturnType<typeof sql>): Promise<void> {
  await sql`
WITH gone AS (DELETE FROM key_figure_member_rows WHERE ${where} RETURNING organisation_id)
UPDATE key_figure_rollups SET summarised = false WHERE organisation_id IN (SELECT organisation_id FROM gone)`.execute(tx);
}

const insertRows = (rowsQuery: ReturnType<typeof memberRowsQuery>, organisationIds: readonly string[]) => sql`
INSERT INTO key_figure_member_rows (organisation_id, person_id, win, measure, subject_id, anchor_on, outcome, value, method, unit_id)
SELECT c.handlekommune_id, m."personId", m."window", m.measure, m."subjectId", m."anchorOn", m.outcome, m.value, m.method, m."unitId"
FROM (${rowsQuery}) m JOIN citizens c ON c.id = m."personId"
WHERE c.handlekommune_id = ANY (${[...organisationIds]}::uuid[])`;

/**
 * Builds these municipalities' roll-ups for `parameters.asOf` from scratch (one statement for all
 * of them: the member-rows statement reads each base table once whatever the population). The
 * caller holds their locks.
 */
export async function systemRebuildRollups(
  tx: Tx,
  organisationIds: readonly string[],
  parameters: KeyFigureParameters,
): Promise<void> {
  if (organisationIds.length === 0) return;
  const taken = await takeMarks(tx, organisationIds);
  await deleteRows(tx, sql`organisation_id = ANY (${[...organisationIds]}::uuid[]) OR person_id = ANY (${taken}::uuid[])`);
  await insertRows(memberRowsQuery(systemMunicipalities(organisationIds), parameters), organisationIds).execute(tx);
  await sql`
INSERT INTO key_figure_rollups (organisation_id, as_of, built_at, refreshed_at, summarised)
SELECT id, ${parameters.asOf}::date, now(), now(), false FROM unnest(${[...organisationIds]}::uuid[]) AS o(id)
ON CONFLICT (organisation_id) DO UPDATE
  SET as_of = EXCLUDED.as_of, built_at = EXCLUDED.built_at, refreshed_at = EXCLUDED.refreshed_at, summarised = false`.execute(tx);
  // Once a day per municipality: the planner learns the new rows at once (a fresh table has no
  // statistics, and reading one municipality's slice then scans the country's).
  await sql`ANALYZE key_figure_member_rows`.execute(tx);
}

/**
 * Recomputes the rows of the marked persons of these municipalities (current roll-ups, the caller
 * holds their locks): their old rows go wherever they were; new rows are written for the persons
 * these municipalities count; a person now counted by another municipality is marked again for
 * it. Returns how many persons were recomputed.
 */
export async function systemRefreshMarked(
  tx: Tx,
  organisationIds: readonly string[],
  parameters: KeyFigureParameters,
): Promise<number> {
  const taken = await takeMarks(tx, organisationIds);
  if (taken.length === 0) return 0;
  await deleteRows(tx, sql`person_id = ANY (${taken}::uuid[])`);
  await insertRows(memberRowsQuery(systemPersons(taken), parameters), organisationIds).execute(tx);
  await sql`
INSERT INTO key_figure_stale (person_id)
SELECT c.id FROM citizens c
WHERE c.id = ANY (${taken}::uuid[]) AND c.merged_into_id IS NULL AND c.handlekommune_id IS NOT NULL
  AND c.handlekommune_id <> ALL (${[...organisationIds]}::uuid[])
ON CONFLICT (person_id) DO NOTHING`.execute(tx);
  await sql`UPDATE key_figure_rollups SET refreshed_at = now(), summarised = false
WHERE organisation_id = ANY (${[...organisationIds]}::uuid[])`.execute(tx);
  return taken.length;
}

/** The stored rows of these municipalities' windows (and measures), as the statement gives them. */
export async function findRollupRows(
  tx: Tx,
  organisationIds: readonly string[],
  windowKeys: readonly string[],
  measures?: readonly MeasureId[],
): Promise<MemberRowRecord[]> {
  if (organisationIds.length === 0 || windowKeys.length === 0) return [];
  return (
    await sql<MemberRowRecord>`
SELECT r.win AS "window", r.measure, r.person_id::text AS "personId", r.subject_id AS "subjectId",
       to_char(r.anchor_on, 'YYYY-MM-DD') AS "anchorOn", r.outcome, r.value, r.method, r.unit_id AS "unitId"
FROM key_figure_member_rows r
WHERE r.organisation_id = ANY (${[...organisationIds]}::uuid[]) AND r.win = ANY (${[...windowKeys]}::text[])
  ${measures === undefined ? sql`` : sql`AND r.measure = ANY (${[...measures]}::text[])`}`.execute(tx)
  ).rows;
}

/** Of these municipalities, those whose stored summaries are not those of their current member rows. */
export async function findUnsummarised(tx: Tx, organisationIds: readonly string[]): Promise<string[]> {
  if (organisationIds.length === 0) return [];
  return (
    await sql<{ id: string }>`
SELECT organisation_id::text AS id FROM key_figure_rollups
WHERE organisation_id = ANY (${[...organisationIds]}::uuid[]) AND NOT summarised ORDER BY organisation_id`.execute(tx)
  ).rows.map((r) => r.id);
}

export interface SummaryState {
  /** Whether the summaries are those of the current member rows. */
  readonly summarised: boolean;
  /** The roll-up day the stored summaries were computed for (null: none stored). */
  readonly summariesAsOf: IsoDate | null;
  readonly summarisedAt: Date | null;
}

/** The state of a municipality's stored summaries; null without a roll-up. */
export async function findSummaryState(tx: Tx, organisationId: string): Promise<SummaryState | null> {
  const { rows } = await sql<SummaryState>`
SELECT summarised, to_char(summaries_as_of, 'YYYY-MM-DD') AS "summariesAsOf", summarised_at AS "summarisedAt"
FROM key_figure_rollups WHERE organisation_id = ${organisationId}`.execute(tx);
  return rows[0] ?? null;
}

/** Whether the municipality's summaries are those of its current member rows. */
export async function isSummarised(tx: Tx, organisationId: string): Promise<boolean> {
  const { rows } = await sql<{ summarised: boolean }>`
SELECT summarised FROM key_figure_rollups WHERE organisation_id = ${organisationId}`.execute(tx);
  return rows[0]?.summarised === true;
}

/** A person's age band on a row's anchor day, as the domain's `ageBandOn` (citizens as `c`, rows as `r`). */
const ageBandOnAnchor = sql`(
  SELECT CASE WHEN a.age IS NULL THEN NULL WHEN a.age < 18 THEN 'under_18' WHEN a.age < 30 THEN '18_29'
              WHEN a.age < 40 THEN '30_39' WHEN a.age < 50 THEN '40_49' WHEN a.age < 60 THEN '50_59' ELSE '60_plus' END
  FROM (SELECT extract(year FROM r.anchor_on)::int - extract(year FROM c.birth_date)::int
               - CASE WHEN to_char(r.anchor_on, 'MMDD') < to_char(c.birth_date, 'MMDD') THEN 1 ELSE 0 END) AS a(age))`;

/** The counted rows (numerator or denominator) whose values give the median, p75 and mean. */
const counted = sql`g.outcome IN ('numerator', 'denominator')`;

/**
 * Computes these municipalities' summaries from their member rows (the caller holds their locks
 * and has brought the roll-ups to today) and marks them summarised. Per window and measure the
 * whole ('all'); for the period window also each breakdown's groups (the person's age band and
 * sex as the live path's person facts give them: the municipality's own, unlinked citizen) and
 * the bands. The counts and statistics are those `summariseRows` computes from the same rows.
 */
export async function systemSummarise(tx: Tx, organisationIds: readonly string[]): Promise<void> {
  if (organisationIds.length === 0) return;
  const orgs = [...organisationIds];
  await sql`DELETE FROM key_figure_summaries WHERE organisation_id = ANY (${orgs}::uuid[])`.execute(tx);
  await sql`
INSERT INTO key_figure_summaries
  (organisation_id, win, measure, breakdown, group_key, members, numerator, denominator, unknown, excluded, median, p75, mean)
SELECT g.organisation_id, g.win, g.measure, g.breakdown, coalesce(g.group_key, 'none'),
       count(*), count(*) FILTER (WHERE g.outcome = 'numerator'), count(*) FILTER (WHERE ${counted}),
       count(*) FILTER (WHERE g.outcome = 'unknown'), count(*) FILTER (WHERE g.outcome = 'excluded'),
       percentile_cont(0.5) WITHIN GROUP (ORDER BY g.value) FILTER (WHERE ${counted}),
       percentile_cont(0.75) WITHIN GROUP (ORDER BY g.value) FILTER (WHERE ${counted}),
       (sum(g.value) FILTER (WHERE ${counted}))::float8 / nullif(count(g.value) FILTER (WHERE ${counted}), 0)
FROM (
  SELECT r.organisation_id, r.win, r.measure, r.outcome, r.value, 'all' AS breakdown, '' AS group_key
  FROM key_figure_member_rows r WHERE r.organisation_id = ANY (${orgs}::uuid[])
  UNION ALL
  SELECT r.organisation_id, r.win, r.measure, r.outcome, r.value, b.breakdown,
         CASE b.breakdown WHEN 'method' THEN r.method WHEN 'unit' THEN r.unit_id
                          WHEN 'age_band' THEN ${ageBandOnAnchor} WHEN 'sex' THEN ${sexFromCpr} END
  FROM key_figure_member_rows r
  LEFT JOIN citizens c ON c.id = r.person_id AND c.merged_into_id IS NULL AND c.handlekommune_id = r.organisation_id
  CROSS JOIN (VALUES ('method'), ('unit'), ('age_band'), ('sex')) AS b(breakdown)
  WHERE r.organisation_id = ANY (${orgs}::uuid[]) AND r.win = ${periodWindowKey}
) g
GROUP BY g.organisation_id, g.win, g.measure, g.breakdown, coalesce(g.group_key, 'none')`.execute(tx);
  const bands = measureIds.flatMap((measure) => {
    const spec = measureBands(measure);
    return spec === null ? [] : spec.bands.map((band) => ({ measure, ...band, numeratorOnly: spec.numeratorOnly }));
  });
  if (bands.length > 0)
    await sql`
INSERT INTO key_figure_summaries
  (organisation_id, win, measure, breakdown, group_key, members, numerator, denominator, unknown, excluded)
SELECT r.organisation_id, r.win, r.measure, 'bands', b.key, count(*), 0, 0, 0, 0
FROM unnest(${bands.map((b) => b.measure)}::text[], ${bands.map((b) => b.key)}::text[], ${bands.map((b) => b.from)}::int[],
            ${bands.map((b) => (Number.isFinite(b.to) ? b.to : null))}::int[], ${bands.map((b) => b.numeratorOnly)}::boolean[])
       AS b(measure, key, lo, hi, numerator_only)
JOIN key_figure_member_rows r ON r.measure = b.measure AND r.value >= b.lo AND (b.hi IS NULL OR r.value <= b.hi)
                             AND (NOT b.numerator_only OR r.outcome = 'numerator')
WHERE r.organisation_id = ANY (${orgs}::uuid[]) AND r.win = ${periodWindowKey}
GROUP BY r.organisation_id, r.win, r.measure, b.key`.execute(tx);
  await sql`
UPDATE key_figure_rollups SET summarised = true, summarised_at = now(), summaries_as_of = as_of
WHERE organisation_id = ANY (${orgs}::uuid[])`.execute(tx);
}

export interface SummaryRecord {
  readonly window: string;
  readonly measure: MeasureId;
  /** 'all', a breakdown, or 'bands'. */
  readonly breakdown: string;
  readonly groupKey: string;
  readonly members: number;
  readonly numerator: number;
  readonly denominator: number;
  readonly unknown: number;
  readonly excluded: number;
  readonly median: number | null;
  readonly p75: number | null;
  readonly mean: number | null;
}

/** The municipality's stored summaries of these windows: the wholes, one breakdown's groups and the bands. */
export async function findSummaries(
  tx: Tx,
  organisationId: string,
  windowKeys: readonly string[],
  breakdown: string,
): Promise<SummaryRecord[]> {
  return (
    await sql<SummaryRecord>`
SELECT win AS "window", measure, breakdown, group_key AS "groupKey", members, numerator, denominator, unknown, excluded, median, p75, mean
FROM key_figure_summaries
WHERE organisation_id = ${organisationId} AND win = ANY (${[...windowKeys]}::text[]) AND breakdown IN ('all', 'bands', ${breakdown})`.execute(
      tx,
    )
  ).rows;
}

export interface NationalAnswerRow {
  readonly computedAt: Date;
  readonly answer: unknown;
}

export interface NationalAnswerKey {
  readonly referenceDate: IsoDate;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly version: number;
}

/** One computation of the national answer at a time: a request that waited finds it saved. */
export async function lockNationalAnswer(tx: Tx): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext('national_figure_answer'))`.execute(tx);
}

export async function findNationalAnswer(tx: Tx, key: NationalAnswerKey): Promise<NationalAnswerRow | null> {
  const { rows } = await sql<NationalAnswerRow>`
SELECT computed_at AS "computedAt", answer FROM national_figure_answers
WHERE reference_date = ${key.referenceDate}::date AND from_on = ${key.from}::date AND to_on = ${key.to}::date AND version = ${key.version}`.execute(
    tx,
  );
  return rows[0] ?? null;
}

/** Stores the day's answer (and forgets the answers of earlier days). */
export async function saveNationalAnswer(tx: Tx, key: NationalAnswerKey, answer: unknown): Promise<Date> {
  await sql`DELETE FROM national_figure_answers WHERE reference_date < ${key.referenceDate}::date`.execute(tx);
  const { rows } = await sql<{ computedAt: Date }>`
INSERT INTO national_figure_answers (reference_date, from_on, to_on, version, computed_at, answer)
VALUES (${key.referenceDate}::date, ${key.from}::date, ${key.to}::date, ${key.version}, now(), ${JSON.stringify(answer)}::jsonb)
ON CONFLICT (reference_date, from_on, to_on, version) DO UPDATE SET computed_at = EXCLUDED.computed_at, answer = EXCLUDED.answer
RETURNING computed_at AS "computedAt"`.execute(tx);
  return rows[0]?.computedAt ?? new Date();
}
