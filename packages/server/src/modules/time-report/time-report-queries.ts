/**
 * SQL for "where time goes". Two statements, each scoped by the citizen scope
 * (`whereCitizenInScope`) like every other read of citizens' records, and limited to the
 * caller's own organisation's people and tasks so the work grows with them:
 *
 * - lead times: for each person (surviving record) who moved in during the period, the days
 *   from first contact (citizens.first_contact_on, else the earliest of the record's creation
 *   and the first § 110 admission) to the first move-in in the period;
 * - waits: each task opened in the period, the days from opened_at to done_at (or to now
 *   while it is still open), grouped by flowcard step and by unit in SQL.
 *
 * A reviewable copy of the statements is kept beside this file as `time-report.sql`,
 * generated from the query builders below and checked by `reviewable-sql.test.ts`.
 */
import { expressionBuilder, sql, type RawBuilder, type Transaction } from 'kysely';
import type { FlowcardCourseSignal, IsoDate } from '@hjemvej/domain';
import type { Actor } from '../../access/actor';
import { citizenScopeOf, whereCitizenInScope } from '../../access/citizen-scope';
import type { Database } from '../../database/schema';
import { readSteps } from '../flowcards/flowcard-queries';
import { findLinkedUnit } from '../organisation/linked-units-queries';

type Tx = Transaction<Database>;

export interface LeadTimeRow {
  readonly personId: string;
  readonly firstName: string | null;
  readonly lastName: string | null;
  readonly alias: string | null;
  readonly days: number;
}

function inScope(actor: Actor, column: 'c.id'): RawBuilder<unknown> {
  const eb = expressionBuilder<{ c: Database['citizens'] }, 'c'>();
  return sql`${whereCitizenInScope(eb, column, actor, 'tasks')}`;
}

/** The organisation's own people: a municipality's handlekommune citizens; a shelter's residents in the period. */
function ownPeople(actor: Actor, from: IsoDate, to: IsoDate): RawBuilder<unknown> {
  const scope = citizenScopeOf(actor, 'tasks');
  if (scope.kind === 'none') return sql`false`;
  if (scope.kind !== 'shelter') return sql`c.handlekommune_id = ${scope.organisationId}`;
  return sql`EXISTS (SELECT 1 FROM shelter_stays os WHERE os.citizen_id = c.id AND os.shelter_id = ${scope.organisationId}
                     AND os.admitted_on <= ${to}::date AND (os.discharged_on IS NULL OR os.discharged_on >= ${from}::date))`;
}

export function leadTimesQuery(actor: Actor, from: IsoDate, to: IsoDate): RawBuilder<LeadTimeRow> {
  return sql<LeadTimeRow>`
WITH moved AS (
  SELECT coalesce(c.merged_into_id, c.id) AS person_id, min(ha.move_in_on) AS move_in_on
  FROM housing_allocations ha
  JOIN citizens c ON c.id = ha.citizen_id
  WHERE ha.move_in_on BETWEEN ${from}::date AND ${to}::date
    AND ha.withdrawn_on IS NULL
    AND ${ownPeople(actor, from, to)}
    AND ${inScope(actor, 'c.id')}
  GROUP BY 1
),
-- The first § 110 admission of each person, over all its records, in one pass (not per person).
first_stay AS (
  SELECT coalesce(sc.merged_into_id, sc.id) AS person_id, min(s.admitted_on) AS admitted_on
  FROM shelter_stays s JOIN citizens sc ON sc.id = s.citizen_id
  WHERE coalesce(sc.merged_into_id, sc.id) IN (SELECT person_id FROM moved)
  GROUP BY 1
),
contact AS (
  SELECT m.person_id, m.move_in_on,
         coalesce(r.first_contact_on,
                  least((r.created_at AT TIME ZONE 'Europe/Copenhagen')::date, fs.admitted_on)) AS first_on,
         r.first_name, r.last_name, r.alias
  FROM moved m JOIN citizens r ON r.id = m.person_id
  LEFT JOIN first_stay fs ON fs.person_id = m.person_id
)
SELECT person_id AS "personId", first_name AS "firstName", last_name AS "lastName", alias,
       (move_in_on - first_on) AS days
FROM contact
WHERE first_on <= move_in_on
ORDER BY days DESC`;
}

export async function findLeadTimes(tx: Tx, actor: Actor, from: IsoDate, to: IsoDate): Promise<LeadTimeRow[]> {
  return (await leadTimesQuery(actor, from, to).execute(tx)).rows;
}

/**
 * A year of tasks is sorted for the medians: with the default work_mem (4 MB) that spills to
 * disk (measured: external merge, about twice as slow on PGlite). Raised for this transaction only.
 */
async function sortInMemory(tx: Tx): Promise<void> {
  await sql`SET LOCAL work_mem = '64MB'`.execute(tx);
}

export interface WaitBarRow {
  readonly key: string;
  /** Null for the bars of tasks made by hand without a title of their own (the service names them). */
  readonly label: string | null;
  readonly context: string | null;
  readonly taskCount: number;
  readonly openCount: number;
  readonly meanDays: number;
  readonly medianDays: number;
  readonly totalDays: number;
}

/**
 * The tasks whose waits count: opened in the period, of the caller's organisation's courses or
 * units, citizen in scope. The period's own tasks are read once (`own`, materialised); the
 * scope is then decided once per citizen among them (`scoped`), not once per task: a year has
 * many tasks per citizen.
 */
function waitingTasks(actor: Actor, from: IsoDate, to: IsoDate, now: Date): RawBuilder<unknown> {
  return sql`
  WITH own AS MATERIALIZED (
    SELECT t.id, t.citizen_id, t.unit_id, t.step_key, t.title, t.flowcard_run_id, t.opened_at, t.done_at
    FROM tasks t
    WHERE t.opened_at >= ${from}::date AND t.opened_at < (${to}::date + 1)
      AND t.status <> 'cancelled'
      AND ${ownTasks(actor, 't')}
  ),
  scoped AS (
    SELECT c.id, coalesce(c.merged_into_id, c.id) AS person_id FROM citizens c
    WHERE c.id IN (SELECT DISTINCT o.citizen_id FROM own o) AND ${inScope(actor, 'c.id')}
  )
  SELECT t.id, t.citizen_id, sc.person_id, t.unit_id, t.step_key, t.title,
         fr.flowcard_id, t.done_at IS NULL AS is_open,
         EXTRACT(EPOCH FROM (coalesce(t.done_at, ${now}::timestamptz) - t.opened_at)) / 86400.0 AS days
  FROM own t
  JOIN scoped sc ON sc.id = t.citizen_id
  LEFT JOIN flowcard_runs fr ON fr.id = t.flowcard_run_id`;
}

/**
 * The caller's organisation's tasks (its courses' or its units'): read by
 * `tasks_organisation_opened` and `tasks_unit_opened` (0015) with the period, never the
 * country's tasks.
 */
function ownTasks(actor: Actor, alias: 't'): RawBuilder<unknown> {
  const task = sql.table(alias);
  return sql`(${task}.organisation_id = ${actor.organisationId}
         OR ${task}.unit_id IN (SELECT id FROM units WHERE organisation_id = ${actor.organisationId}))`;
}

/**
 * How tasks made by hand (not a flowcard step's) are grouped. By title (trimmed, case
 * ignored), so recurring work ("Underret handlekommunen" typed by hand 40 times) gets a bar of
 * its own instead of vanishing in one bar of every task made by hand. A title used only once in
 * the period is free text ("Ring til søsteren"): a bar for each would bury the report in
 * one-task bars, so those are grouped by the unit that had them. 'all' keeps one bar for every
 * task made by hand, for figures that leave the municipality (the taskforce's data package),
 * where free-text titles must not go.
 */
export type ManualGrouping = 'title' | 'all';

/** A title needs this many tasks in the period to be a bar of its own. */
const titleBarMinTasks = 2;

/** The tasks made by hand among `source`'s (the waiting tasks), each with its bar's key, label and context. */
function manualTasks(grouping: ManualGrouping, source: 'w' | 'tw' = 'w'): RawBuilder<unknown> {
  const w = sql.table(source);
  if (grouping === 'all')
    return sql`SELECT w.*, 'manual' AS bar_key, NULL::text AS bar_label, NULL::text AS bar_context
  FROM ${w} w WHERE w.flowcard_id IS NULL`;
  return sql`
  SELECT x.*,
         CASE WHEN x.title_tasks >= ${titleBarMinTasks} THEN 'manual:title:' || x.title_key
              ELSE 'manual:unit:' || x.unit_id END AS bar_key,
         CASE WHEN x.title_tasks >= ${titleBarMinTasks} THEN btrim(x.title) END AS bar_label,
         CASE WHEN x.title_tasks >= ${titleBarMinTasks} THEN NULL ELSE u.name END AS bar_context
  FROM (SELECT w.*, lower(btrim(w.title)) AS title_key,
               count(*) OVER (PARTITION BY lower(btrim(w.title))) AS title_tasks
        FROM ${w} w WHERE w.flowcard_id IS NULL) x
  JOIN units u ON u.id = x.unit_id`;
}

export function waitBarsQuery(
  actor: Actor,
  from: IsoDate,
  to: IsoDate,
  now: Date,
  manualGrouping: ManualGrouping = 'title',
): RawBuilder<WaitBarRow & { grouping: 'step' | 'unit' }> {
  return sql<WaitBarRow & { grouping: 'step' | 'unit' }>`
WITH w AS (${waitingTasks(actor, from, to, now)}),
m AS (${manualTasks(manualGrouping)}),
by_step AS (
  SELECT 'step' AS grouping, 'step:' || w.flowcard_id || ':' || w.step_key AS key,
         min(w.title) AS label, min(f.name) AS context,
         count(*)::int AS "taskCount", count(*) FILTER (WHERE w.is_open)::int AS "openCount",
         avg(w.days)::float8 AS "meanDays",
         percentile_cont(0.5) WITHIN GROUP (ORDER BY w.days)::float8 AS "medianDays",
         sum(w.days)::float8 AS "totalDays"
  FROM w JOIN flowcards f ON f.id = w.flowcard_id
  GROUP BY w.flowcard_id, w.step_key
),
by_manual AS (
  SELECT 'step' AS grouping, m.bar_key, min(m.bar_label), min(m.bar_context),
         count(*)::int, count(*) FILTER (WHERE m.is_open)::int,
         avg(m.days)::float8, percentile_cont(0.5) WITHIN GROUP (ORDER BY m.days)::float8, sum(m.days)::float8
  FROM m
  GROUP BY m.bar_key
),
by_unit AS (
  SELECT 'unit' AS grouping, 'unit:' || w.unit_id AS key, min(u.name) AS label, min(o.name) AS context,
         count(*)::int, count(*) FILTER (WHERE w.is_open)::int,
         avg(w.days)::float8, percentile_cont(0.5) WITHIN GROUP (ORDER BY w.days)::float8, sum(w.days)::float8
  FROM w JOIN units u ON u.id = w.unit_id JOIN organisations o ON o.id = u.organisation_id
  GROUP BY w.unit_id
)
SELECT * FROM by_step UNION ALL SELECT * FROM by_manual UNION ALL SELECT * FROM by_unit
ORDER BY "meanDays" DESC`;
}

export async function findWaitBars(
  tx: Tx,
  actor: Actor,
  from: IsoDate,
  to: IsoDate,
  now: Date,
  manualGrouping: ManualGrouping = 'title',
): Promise<{ steps: WaitBarRow[]; units: WaitBarRow[] }> {
  await sortInMemory(tx);
  const rows = (await waitBarsQuery(actor, from, to, now, manualGrouping).execute(tx)).rows;
  return {
    steps: rows.filter((r) => r.grouping === 'step').map(({ grouping: _, ...r }) => r),
    units: rows.filter((r) => r.grouping === 'unit').map(({ grouping: _, ...r }) => r),
  };
}

export type WaitBarFilter =
  | { readonly kind: 'step'; readonly flowcardId: string; readonly stepKey: string }
  | { readonly kind: 'manual_title'; readonly titleKey: string }
  | { readonly kind: 'manual_unit'; readonly unitId: string }
  | { readonly kind: 'unit'; readonly unitId: string };

export interface WaitBarPersonRow {
  readonly personId: string;
  readonly firstName: string | null;
  readonly lastName: string | null;
  readonly alias: string | null;
  readonly days: number;
  readonly isOpen: boolean;
}

export function waitBarPeopleQuery(
  actor: Actor,
  from: IsoDate,
  to: IsoDate,
  now: Date,
  bar: WaitBarFilter,
): RawBuilder<WaitBarPersonRow> {
  const manual = bar.kind === 'manual_title' || bar.kind === 'manual_unit';
  const filter =
    bar.kind === 'step'
      ? sql`w.flowcard_id = ${bar.flowcardId}::uuid AND w.step_key = ${bar.stepKey}`
      : bar.kind === 'manual_title'
        ? sql`w.bar_key = ${`manual:title:${bar.titleKey}`}`
        : bar.kind === 'manual_unit'
          ? sql`w.bar_key = ${`manual:unit:${bar.unitId}`}`
          : sql`w.unit_id = ${bar.unitId}::uuid`;
  // A bar of tasks made by hand is chosen from the same grouping as the report's (`manualTasks`).
  return sql<WaitBarPersonRow>`
WITH ${sql.table(manual ? 'tw' : 'w')} AS (${waitingTasks(actor, from, to, now)})${
    manual ? sql`, w AS (${manualTasks('title', 'tw')})` : sql``
  }
SELECT w.person_id AS "personId", r.first_name AS "firstName", r.last_name AS "lastName", r.alias,
       max(w.days)::float8 AS days, bool_or(w.is_open) AS "isOpen"
FROM w JOIN citizens r ON r.id = w.person_id
WHERE ${filter}
GROUP BY w.person_id, r.first_name, r.last_name, r.alias
ORDER BY days DESC
LIMIT 500`;
}

/** The people behind one bar: each person's longest wait in it, longest first. */
export async function findWaitBarPeople(
  tx: Tx,
  actor: Actor,
  from: IsoDate,
  to: IsoDate,
  now: Date,
  bar: WaitBarFilter,
): Promise<WaitBarPersonRow[]> {
  await sortInMemory(tx);
  return (await waitBarPeopleQuery(actor, from, to, now, bar).execute(tx)).rows;
}

/** The label of a bar the caller's report has (null when the bar is not theirs). */
export async function findBarLabel(tx: Tx, actor: Actor, bar: WaitBarFilter): Promise<string | null> {
  if (bar.kind === 'manual_title') return bar.titleKey;
  if (bar.kind === 'unit' || bar.kind === 'manual_unit') {
    const unit = await findLinkedUnit(tx, actor.organisationId, bar.unitId);
    return unit?.name ?? null;
  }
  const flowcard = await tx
    .selectFrom('flowcards')
    .select('name')
    .where('id', '=', bar.flowcardId)
    .where('organisation_id', '=', actor.organisationId)
    .executeTakeFirst();
  return flowcard ? `${flowcard.name}: ${bar.stepKey}` : null;
}

// ── Housing offers: offer sent → answered → lease signed → moved in ─────────────────────────

/** The timed steps of a housing offer, in order. */
export const offerSteps = ['answer', 'lease', 'move_in'] as const;
export type OfferStep = (typeof offerSteps)[number];

/**
 * Each step of each offer made in the period by the caller's organisation, citizen in scope:
 * sent → answered (to today while unanswered); accepted → lease signed (the allocation's date,
 * to today while unsigned); lease signed → moved in (to today while not moved in). Withdrawn
 * offers and withdrawn allocations do not count. Days are calendar days.
 */
function offerStepRows(actor: Actor, from: IsoDate, to: IsoDate, today: IsoDate): RawBuilder<unknown> {
  return sql`
  SELECT coalesce(c.merged_into_id, c.id) AS person_id, s.step, s.ord, greatest(0, s.days) AS days, s.is_open
  FROM housing_offers o
  JOIN citizens c ON c.id = o.citizen_id
  LEFT JOIN housing_allocations ha ON ha.id = o.housing_allocation_id AND ha.withdrawn_on IS NULL
  CROSS JOIN LATERAL (VALUES
    ('answer', 1, coalesce(o.answered_on, ${today}::date) - o.offered_on, o.answered_on IS NULL, true),
    ('lease', 2, coalesce(ha.lease_signed_on, ${today}::date) - o.answered_on, ha.lease_signed_on IS NULL,
     o.answer = 'accepted' AND ha.id IS NOT NULL),
    ('move_in', 3, coalesce(ha.move_in_on, ${today}::date) - ha.lease_signed_on, ha.move_in_on IS NULL,
     o.answer = 'accepted' AND ha.lease_signed_on IS NOT NULL)
  ) AS s(step, ord, days, is_open, applies)
  WHERE o.offered_on BETWEEN ${from}::date AND ${to}::date
    AND o.organisation_id = ${actor.organisationId}
    AND o.answer <> 'withdrawn'
    AND s.applies
    AND ${inScope(actor, 'c.id')}`;
}

export interface OfferStepBarRow {
  readonly step: OfferStep;
  readonly taskCount: number;
  readonly openCount: number;
  readonly meanDays: number;
  readonly medianDays: number;
  readonly totalDays: number;
}

export function offerStepBarsQuery(actor: Actor, from: IsoDate, to: IsoDate, today: IsoDate): RawBuilder<OfferStepBarRow> {
  return sql<OfferStepBarRow>`
WITH s AS (${offerStepRows(actor, from, to, today)})
SELECT s.step, count(*)::int AS "taskCount", count(*) FILTER (WHERE s.is_open)::int AS "openCount",
       avg(s.days)::float8 AS "meanDays",
       percentile_cont(0.5) WITHIN GROUP (ORDER BY s.days)::float8 AS "medianDays",
       sum(s.days)::float8 AS "totalDays"
FROM s
GROUP BY s.step, s.ord
ORDER BY s.ord`;
}

export async function findOfferStepBars(tx: Tx, actor: Actor, from: IsoDate, to: IsoDate, today: IsoDate) {
  return (await offerStepBarsQuery(actor, from, to, today).execute(tx)).rows;
}

export function offerStepPeopleQuery(
  actor: Actor,
  from: IsoDate,
  to: IsoDate,
  today: IsoDate,
  step: OfferStep,
): RawBuilder<WaitBarPersonRow> {
  return sql<WaitBarPersonRow>`
WITH s AS (${offerStepRows(actor, from, to, today)})
SELECT s.person_id AS "personId", r.first_name AS "firstName", r.last_name AS "lastName", r.alias,
       max(s.days)::float8 AS days, bool_or(s.is_open) AS "isOpen"
FROM s JOIN citizens r ON r.id = s.person_id
WHERE s.step = ${step}
GROUP BY s.person_id, r.first_name, r.last_name, r.alias
ORDER BY days DESC
LIMIT 500`;
}

/** The people behind one offer step: each person's longest time in it, longest first. */
export async function findOfferStepPeople(
  tx: Tx,
  actor: Actor,
  from: IsoDate,
  to: IsoDate,
  today: IsoDate,
  step: OfferStep,
): Promise<WaitBarPersonRow[]> {
  return (await offerStepPeopleQuery(actor, from, to, today, step).execute(tx)).rows;
}

/**
 * What each step of the given flowcards is done by (`doneWhen`), keyed '<flowcardId>:<stepKey>',
 * from the latest version naming the step. Read only for the flowcards of the report's bars,
 * which are already the caller's (their tasks passed the scope), own or a partner's.
 */
export async function findStepSignals(tx: Tx, flowcardIds: readonly string[]): Promise<Map<string, FlowcardCourseSignal | null>> {
  const signals = new Map<string, FlowcardCourseSignal | null>();
  if (flowcardIds.length === 0) return signals;
  const versions = await tx
    .selectFrom('flowcard_versions')
    .select(['flowcard_id', 'steps'])
    .where('flowcard_id', 'in', flowcardIds)
    .orderBy('version')
    .execute();
  for (const version of versions) {
    for (const step of readSteps(version.steps)) signals.set(`${version.flowcard_id}:${step.key}`, step.doneWhen);
  }
  return signals;
}
