/**
 * SQL of the maintained `course_status` rows (see migration 0005 for the triggers that mark
 * them stale). These queries are `system…`: they read a person's records whatever the actor's
 * scope, because a row holds both the handlekommune's view and the view of the shelter of the
 * open stay, whoever happens to trigger the recomputation. Nothing read here leaves the server
 * except through `by-name-list-queries.ts`, which filters by the actor's scope and shows a
 * shelter only its own view.
 */
import { sql, type RawBuilder, type Transaction } from 'kysely';
import type { NextStep } from '@hjemvej/contract';
import { homelessCategories, type HousingCategory, type IsoDate, type SupportMethod } from '@hjemvej/domain';
import type { Database } from '../../database/schema';
import type { SnapshotRows } from '../legal-checks/course-snapshot';

type Tx = Transaction<Database>;

/** Which rows a recomputation is for: a municipality's persons, or a shelter's residents. */
export type StatusPopulation =
  | { readonly kind: 'handlekommune'; readonly organisationId: string }
  | { readonly kind: 'shelter'; readonly organisationId: string };

/** A row is stale when a record changed (valid_until NULL) or the day is outside [as_of, valid_until). */
const isStale = (today: IsoDate) =>
  sql<boolean>`(cs.valid_until IS NULL OR cs.valid_until <= ${today}::date OR cs.as_of > ${today}::date)`;

function populationCondition(population: StatusPopulation, today: IsoDate): RawBuilder<boolean> {
  return population.kind === 'handlekommune'
    ? sql<boolean>`cs.handlekommune_id = ${population.organisationId}`
    : // A new resident's row does not know its shelter until it is recomputed: find residents by their stays.
      sql<boolean>`(cs.stay_shelter_id = ${population.organisationId} OR EXISTS (
          SELECT 1 FROM citizens c JOIN shelter_stays s ON s.citizen_id = c.id
          WHERE (c.id = cs.person_id OR c.merged_into_id = cs.person_id)
            AND s.shelter_id = ${population.organisationId}
            AND s.admitted_on <= ${today}::date AND (s.discharged_on IS NULL OR s.discharged_on > ${today}::date)))`;
}

/**
 * Whether any row of the population is stale (no lock: the common answer is no). For a
 * municipality, each of the three ways a row is stale is its own EXISTS, so each is an index
 * range of its own (`course_status_valid_until`, `course_status_as_of`): with the three ORed in
 * one condition the planner scans the whole country's rows to prove that none is stale
 * (measured on the national data: 115–165 ms → 18–36 ms for Demo Kommune).
 */
export async function systemHasStalePersons(tx: Tx, population: StatusPopulation, today: IsoDate): Promise<boolean> {
  const result =
    population.kind === 'handlekommune'
      ? await sql<{ stale: boolean }>`
    SELECT EXISTS (SELECT 1 FROM course_status cs WHERE cs.handlekommune_id = ${population.organisationId} AND cs.valid_until IS NULL)
        OR EXISTS (SELECT 1 FROM course_status cs WHERE cs.handlekommune_id = ${population.organisationId} AND cs.valid_until <= ${today}::date)
        OR EXISTS (SELECT 1 FROM course_status cs WHERE cs.handlekommune_id = ${population.organisationId} AND cs.as_of > ${today}::date)
       AS stale`.execute(tx)
      : await sql<{ stale: boolean }>`
    SELECT EXISTS (SELECT 1 FROM course_status cs
                   WHERE ${populationCondition(population, today)} AND ${isStale(today)}) AS stale`.execute(tx);
  return result.rows[0]?.stale ?? false;
}

/**
 * The population's stale rows, locked (FOR UPDATE): a write to one of these persons waits
 * until the recomputation has committed, then marks the row stale again.
 */
export async function systemLockStalePersons(tx: Tx, population: StatusPopulation, today: IsoDate): Promise<string[]> {
  const result = await sql<{ personId: string }>`
    SELECT cs.person_id AS "personId" FROM course_status cs
    WHERE ${populationCondition(population, today)} AND ${isStale(today)}
    ORDER BY cs.person_id
    FOR UPDATE`.execute(tx);
  return result.rows.map((row) => row.personId);
}

/** Serialises recomputations of one population (concurrent list requests would repeat the work). */
export async function lockPopulation(tx: Tx, population: StatusPopulation): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`course_status:${population.organisationId}`}))`.execute(tx);
}

export interface CourseFacts {
  readonly personId: string;
  readonly recordIds: string[];
  readonly listed: boolean;
  readonly category: HousingCategory;
  readonly returnedFromHousing: boolean;
  readonly spellSince: IsoDate | null;
  readonly stayShelterId: string | null;
  readonly stayAdmittedOn: IsoDate | null;
  readonly method: SupportMethod | null;
  readonly nextStep: NextStep;
  readonly planResponsible: string | null;
  readonly workerUserId: string | null;
  /** The first day after `today` on which any date of the person's records is reached. */
  readonly nextChange: IsoDate | null;
}

const homelessList = sql.join(homelessCategories.map((c) => sql.lit(c)));

/**
 * The list facts of the given persons (surviving record ids) on `today`: current category and
 * homeless spell (gaps and islands over housing periods), the open stay, plan, allocation,
 * support, next step, and the next date anything of this changes by the calendar.
 */
export function courseFactsQuery(personIds: readonly string[], today: IsoDate): RawBuilder<CourseFacts> {
  const day = sql`${today}::date`;
  return sql<CourseFacts>`
WITH persons AS (
  SELECT unnest(${personIds}::uuid[]) AS person_id
),
-- Two index lookups rather than one OR, so a few stale persons cost a few index probes.
person_records AS (
  SELECT c.id AS record_id, c.id AS person_id FROM citizens c WHERE c.id = ANY (${personIds}::uuid[])
  UNION ALL
  SELECT c.id, c.merged_into_id FROM citizens c WHERE c.merged_into_id = ANY (${personIds}::uuid[])
),
periods AS (
  SELECT pr.person_id, hp.category, hp.from_date, hp.to_date, hp.created_at,
         hp.category IN (${homelessList}) AS is_homeless
  FROM housing_periods hp
  JOIN person_records pr ON pr.record_id = hp.citizen_id
  WHERE hp.from_date <= ${day}
),
marked AS (
  SELECT p.*,
         CASE WHEN p.is_homeless
               AND coalesce(lag(p.is_homeless) OVER w, false)
               AND lag(p.to_date) OVER w = p.from_date THEN 0 ELSE 1 END AS starts_spell
  FROM periods p
  WINDOW w AS (PARTITION BY p.person_id ORDER BY p.from_date, p.created_at)
),
numbered AS (
  SELECT m.*, sum(m.starts_spell) OVER (PARTITION BY m.person_id ORDER BY m.from_date, m.created_at
                                          ROWS UNBOUNDED PRECEDING) AS spell_no
  FROM marked m
),
current_period AS (
  SELECT DISTINCT ON (n.person_id) n.person_id, n.category, n.is_homeless, n.spell_no
  FROM numbered n
  WHERE n.to_date IS NULL OR n.to_date > ${day}
  ORDER BY n.person_id, n.from_date DESC, n.created_at DESC
),
spell AS (
  SELECT cp.person_id, cp.category, cp.is_homeless, min(n.from_date) AS spell_since
  FROM current_period cp
  JOIN numbered n ON n.person_id = cp.person_id AND n.spell_no = cp.spell_no
  GROUP BY cp.person_id, cp.category, cp.is_homeless
),
open_stay AS (
  SELECT DISTINCT ON (pr.person_id) pr.person_id, s.shelter_id, s.admitted_on, s.handlekommune_notified_on
  FROM shelter_stays s
  JOIN person_records pr ON pr.record_id = s.citizen_id
  WHERE s.admitted_on <= ${day} AND (s.discharged_on IS NULL OR s.discharged_on > ${day})
  ORDER BY pr.person_id, s.admitted_on DESC
),
plan_now AS (
  SELECT DISTINCT ON (pr.person_id) pr.person_id, p.content -> 'responsible' -> 0 ->> 'name' AS responsible
  FROM plans p
  JOIN person_records pr ON pr.record_id = p.citizen_id
  WHERE p.made_on <= ${day} AND (p.ended_on IS NULL OR p.ended_on > ${day})
  ORDER BY pr.person_id, p.made_on DESC
),
allocation_now AS (
  SELECT DISTINCT ON (pr.person_id) pr.person_id, a.lease_signed_on,
         coalesce(a.move_in_on, a.planned_move_in_on) AS move_in_date
  FROM housing_allocations a
  JOIN person_records pr ON pr.record_id = a.citizen_id
  WHERE a.allocated_on <= ${day} AND (a.withdrawn_on IS NULL OR a.withdrawn_on > ${day})
  ORDER BY pr.person_id, a.allocated_on DESC
),
support_now AS (
  SELECT DISTINCT ON (pr.person_id) pr.person_id, d.method
  FROM decisions d
  JOIN person_records pr ON pr.record_id = d.citizen_id
  WHERE d.kind IN ('85a', '85') AND d.outcome = 'granted' AND d.decided_on <= ${day}
    AND (d.period_from IS NULL OR d.period_from <= ${day}) AND (d.period_to IS NULL OR d.period_to >= ${day})
  ORDER BY pr.person_id, d.decided_on DESC
),
residential_now AS (
  SELECT DISTINCT pr.person_id
  FROM decisions d
  JOIN person_records pr ON pr.record_id = d.citizen_id
  WHERE d.kind IN ('107', '108') AND d.outcome = 'granted' AND d.decided_on <= ${day}
),
course_now AS (
  SELECT DISTINCT ON (pr.person_id) pr.person_id, sc.method, sc.worker_user_id
  FROM support_courses sc
  JOIN person_records pr ON pr.record_id = sc.citizen_id
  WHERE sc.started_on <= ${day} AND (sc.ended_on IS NULL OR sc.ended_on > ${day})
  ORDER BY pr.person_id, sc.started_on DESC
),
returned AS (
  SELECT DISTINCT pr.person_id
  FROM outcome_follow_ups fu
  JOIN person_records pr ON pr.record_id = fu.citizen_id
  WHERE fu.returned_from_housing
),
future_dates AS (
  SELECT pr.person_id, d.day
  FROM person_records pr
  CROSS JOIN LATERAL (
    SELECT unnest(ARRAY[hp.from_date, hp.to_date]) FROM housing_periods hp WHERE hp.citizen_id = pr.record_id
    UNION ALL SELECT unnest(ARRAY[s.admitted_on, s.discharged_on]) FROM shelter_stays s WHERE s.citizen_id = pr.record_id
    UNION ALL SELECT unnest(ARRAY[p.made_on, p.ended_on]) FROM plans p WHERE p.citizen_id = pr.record_id
    UNION ALL SELECT unnest(ARRAY[a.allocated_on, a.withdrawn_on]) FROM housing_allocations a WHERE a.citizen_id = pr.record_id
    UNION ALL SELECT unnest(ARRAY[dc.decided_on, dc.period_from, dc.period_to + 1]) FROM decisions dc WHERE dc.citizen_id = pr.record_id
    UNION ALL SELECT unnest(ARRAY[sc.started_on, sc.ended_on]) FROM support_courses sc WHERE sc.citizen_id = pr.record_id
  ) AS d(day)
  WHERE d.day > ${day}
),
next_change AS (
  SELECT person_id, min(day) AS next_change FROM future_dates GROUP BY person_id
),
records AS (
  SELECT person_id, array_agg(record_id ORDER BY record_id) AS record_ids FROM person_records GROUP BY person_id
)
SELECT
  p.person_id AS "personId",
  rc.record_ids AS "recordIds",
  coalesce(sp.is_homeless OR (sp.person_id IS NULL AND os.person_id IS NOT NULL), false) AS listed,
  CASE WHEN sp.is_homeless THEN sp.category ELSE 'shelter_110' END AS category,
  (rt.person_id IS NOT NULL) AS "returnedFromHousing",
  CASE WHEN sp.is_homeless THEN sp.spell_since END AS "spellSince",
  os.shelter_id AS "stayShelterId",
  os.admitted_on AS "stayAdmittedOn",
  coalesce(cn.method, su.method) AS method,
  CASE
    WHEN os.person_id IS NOT NULL AND os.handlekommune_notified_on IS NULL THEN 'notify_handlekommune'
    WHEN pn.person_id IS NULL THEN 'make_plan'
    WHEN an.person_id IS NULL AND rn.person_id IS NULL THEN 'allocate_housing'
    WHEN an.person_id IS NOT NULL AND su.person_id IS NULL THEN 'decide_support'
    WHEN an.person_id IS NOT NULL AND (an.lease_signed_on IS NULL OR an.move_in_date IS NULL) THEN 'sign_lease'
    WHEN os.person_id IS NOT NULL THEN 'discharge_to_own_home'
    ELSE 'move_in'
  END AS "nextStep",
  pn.responsible AS "planResponsible",
  cn.worker_user_id AS "workerUserId",
  nc.next_change AS "nextChange"
FROM persons p
JOIN records rc ON rc.person_id = p.person_id
LEFT JOIN spell sp ON sp.person_id = p.person_id
LEFT JOIN open_stay os ON os.person_id = p.person_id
LEFT JOIN plan_now pn ON pn.person_id = p.person_id
LEFT JOIN allocation_now an ON an.person_id = p.person_id
LEFT JOIN support_now su ON su.person_id = p.person_id
LEFT JOIN residential_now rn ON rn.person_id = p.person_id
LEFT JOIN course_now cn ON cn.person_id = p.person_id
LEFT JOIN returned rt ON rt.person_id = p.person_id
LEFT JOIN next_change nc ON nc.person_id = p.person_id
ORDER BY p.person_id`;
}

export async function systemFindCourseFacts(tx: Tx, personIds: readonly string[], today: IsoDate): Promise<CourseFacts[]> {
  if (personIds.length === 0) return [];
  return (await courseFactsQuery(personIds, today).execute(tx)).rows;
}

type WithCitizen<T> = T & { readonly citizenId: string };

/** `SnapshotRows` of many persons, each row with its record (and each stay with its shelter). */
export interface SystemSnapshotRows {
  readonly stays: readonly WithCitizen<SnapshotRows['stays'][number] & { readonly shelterId: string }>[];
  readonly plans: readonly WithCitizen<SnapshotRows['plans'][number]>[];
  readonly decisions: readonly WithCitizen<SnapshotRows['decisions'][number]>[];
  readonly allocations: readonly WithCitizen<SnapshotRows['allocations'][number]>[];
  readonly courses: readonly WithCitizen<SnapshotRows['courses'][number]>[];
  readonly phases: readonly WithCitizen<SnapshotRows['phases'][number]>[];
}

/**
 * The rows the legal rules read, for every record given, at every shelter: the same columns
 * and order as the modules' own `find…RowsOfPerson` queries (what `loadCourseSnapshots` reads),
 * without their scope filter. Stays carry their shelter so a shelter's view can be cut out.
 */
export async function systemFindSnapshotRows(tx: Tx, recordIds: readonly string[]): Promise<SystemSnapshotRows> {
  const ids = [...recordIds];
  const stays = await tx
    .selectFrom('shelter_stays')
    .select([
      'id',
      'citizen_id as citizenId',
      'shelter_id as shelterId',
      'admitted_on as admittedOn',
      'discharged_on as dischargedOn',
      'handlekommune_notified_on as handlekommuneNotifiedOn',
    ])
    .where('citizen_id', '=', sql<string>`ANY(${ids}::uuid[])`)
    .orderBy('admitted_on', 'desc')
    .execute();
  const plans = await tx
    .selectFrom('plans')
    .select(['id', 'citizen_id as citizenId', 'kind', 'made_on as madeOn', 'ended_on as endedOn'])
    .where('citizen_id', '=', sql<string>`ANY(${ids}::uuid[])`)
    .orderBy('made_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  const decisions = await tx
    .selectFrom('decisions')
    .select([
      'id',
      'citizen_id as citizenId',
      'kind',
      'outcome',
      'method',
      'decided_on as decidedOn',
      'period_from as periodFrom',
      'period_to as periodTo',
      'wished_provider as wishedProvider',
      'wish_followed as wishFollowed',
      'reason_if_not_followed as reasonIfNotFollowed',
    ])
    .where('citizen_id', '=', sql<string>`ANY(${ids}::uuid[])`)
    .orderBy('decided_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  const allocations = await tx
    .selectFrom('housing_allocations')
    .select([
      'id',
      'citizen_id as citizenId',
      'allocated_on as allocatedOn',
      'lease_signed_on as leaseSignedOn',
      'planned_move_in_on as plannedMoveInOn',
      'move_in_on as moveInOn',
      'withdrawn_on as withdrawnOn',
    ])
    .where('citizen_id', '=', sql<string>`ANY(${ids}::uuid[])`)
    .orderBy('allocated_on', 'desc')
    .execute();
  const courses = await tx
    .selectFrom('support_courses')
    .select(['id', 'citizen_id as citizenId', 'method', 'started_on as startedOn', 'ended_on as endedOn'])
    .where('citizen_id', '=', sql<string>`ANY(${ids}::uuid[])`)
    .orderBy('started_on', 'desc')
    .execute();
  const ctiCourseIds = courses.filter((c) => c.method === 'cti').map((c) => c.id);
  const phases =
    ctiCourseIds.length === 0
      ? []
      : await tx
          .selectFrom('support_course_phases')
          .select(['support_course_id as supportCourseId', 'phase', 'started_on as startedOn'])
          .where('support_course_id', '=', sql<string>`ANY(${ctiCourseIds}::uuid[])`)
          .execute();
  const courseOwner = new Map(courses.map((c) => [c.id, c.citizenId]));
  return {
    stays,
    plans,
    decisions,
    allocations,
    courses,
    phases: phases.map((p) => ({ ...p, citizenId: courseOwner.get(p.supportCourseId) ?? '' })),
  };
}

export interface ComputedStatus {
  readonly personId: string;
  readonly asOf: IsoDate;
  readonly validUntil: IsoDate;
  readonly facts: CourseFacts;
  readonly warningCount: number;
  readonly warningRank: number;
  readonly shelterWarningCount: number;
  readonly shelterWarningRank: number;
}

/** Writes the recomputed rows back (they are locked by `systemLockStalePersons`). */
export async function systemWriteStatuses(tx: Tx, statuses: readonly ComputedStatus[]): Promise<void> {
  if (statuses.length === 0) return;
  const payload = statuses.map((s) => ({
    person_id: s.personId,
    as_of: s.asOf,
    valid_until: s.validUntil,
    listed: s.facts.listed,
    category: s.facts.category,
    returned_from_housing: s.facts.returnedFromHousing,
    spell_since: s.facts.spellSince,
    stay_shelter_id: s.facts.stayShelterId,
    stay_admitted_on: s.facts.stayAdmittedOn,
    method: s.facts.method,
    next_step: s.facts.nextStep,
    plan_responsible: s.facts.planResponsible,
    worker_user_id: s.facts.workerUserId,
    warning_count: s.warningCount,
    warning_rank: s.warningRank,
    shelter_warning_count: s.shelterWarningCount,
    shelter_warning_rank: s.shelterWarningRank,
  }));
  await sql`
    UPDATE course_status cs SET
      as_of = v.as_of, valid_until = v.valid_until, listed = v.listed, category = v.category,
      returned_from_housing = v.returned_from_housing, spell_since = v.spell_since,
      stay_shelter_id = v.stay_shelter_id, stay_admitted_on = v.stay_admitted_on, method = v.method,
      next_step = v.next_step, plan_responsible = v.plan_responsible, worker_user_id = v.worker_user_id,
      warning_count = v.warning_count, warning_rank = v.warning_rank,
      shelter_warning_count = v.shelter_warning_count, shelter_warning_rank = v.shelter_warning_rank
    FROM jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) AS v(
      person_id uuid, as_of date, valid_until date, listed boolean, category text,
      returned_from_housing boolean, spell_since date, stay_shelter_id uuid, stay_admitted_on date,
      method text, next_step text, plan_responsible text, worker_user_id uuid,
      warning_count integer, warning_rank smallint, shelter_warning_count integer, shelter_warning_rank smallint)
    WHERE cs.person_id = v.person_id`.execute(tx);
}
