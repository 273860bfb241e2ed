/**
 * SQL for the by-name list: ONE query that finds the population (a municipality: everyone
 * currently homeless it is handlekommune for, those who returned from housing included; a
 * shelter: its current residents), derives the current category, the current homeless spell
 * (gaps and islands over housing periods), the open stay, the next step, the responsible
 * person and the warnings that are simple in SQL, then filters, sorts, counts (window) and pages.
 *
 * The citizen scope (`whereCitizenInScope`) is part of the WHERE clause like everywhere else.
 * A reviewable copy of the statement is kept beside this file as `by-name-list.sql`; keep them
 * in step.
 *
 * Warnings evaluated here (for the filter and the sort): § 142 (open stay without a plan in
 * force) and § 110 stk. 6 (open stay admitted since the reform without a notification: a
 * warning while pending, missing after the working-day deadline; either way it needs
 * attention, so SQL need not know the holiday calendar). The full rules (deadlines with
 * holidays, reimbursement days, CTI phases, § 85 a stk. 2) are evaluated in TypeScript for the
 * rows of the page only; the filter and the sort use the SQL count.
 */
import { expressionBuilder, sql, type RawBuilder, type Transaction } from 'kysely';
import type { ByNameListSort, NextStep } from '@hjemvej/contract';
import { homelessCategories, type HousingCategory, type IsoDate, type SupportMethod } from '@hjemvej/domain';
import type { Actor } from '../../access/actor';
import { citizenScopeOf, whereCitizenInScope } from '../../access/citizen-scope';
import type { Database } from '../../database/schema';

type Tx = Transaction<Database>;

export interface ByNameListFilter {
  readonly today: IsoDate;
  readonly reformInForce: IsoDate;
  readonly sort: ByNameListSort;
  readonly dir: 'asc' | 'desc';
  readonly category?: HousingCategory | undefined;
  readonly method?: SupportMethod | 'none' | undefined;
  readonly warning?: 'any' | 'none' | undefined;
  readonly search?: string | undefined;
  readonly limit: number;
  readonly offset: number;
}

export interface ByNameListDbRow {
  readonly id: string;
  readonly firstName: string | null;
  readonly lastName: string | null;
  readonly alias: string | null;
  readonly cpr: string | null;
  readonly category: HousingCategory;
  readonly returnedFromHousing: boolean;
  readonly daysHomeless: number | null;
  readonly daysAtShelter: number | null;
  readonly shelterName: string | null;
  readonly method: SupportMethod | null;
  readonly nextStep: NextStep;
  readonly responsible: string | null;
  readonly sqlWarnings: number;
  readonly total: number;
}

const homelessList = sql.join(homelessCategories.map((c) => sql.lit(c)));

const nextStepOrder = sql.raw(
  `ARRAY['notify_handlekommune','make_plan','allocate_housing','decide_support','sign_lease','discharge_to_own_home','move_in']`,
);

function orderBy(sort: ByNameListSort, dir: 'asc' | 'desc'): RawBuilder<unknown> {
  const d = sql.raw(dir === 'asc' ? 'ASC' : 'DESC');
  switch (sort) {
    case 'name':
      return sql`lower(coalesce(r.last_name, r.alias, '')) ${d}, lower(coalesce(r.first_name, '')) ${d}`;
    case 'category':
      return sql`r.category ${d}`;
    case 'daysHomeless':
      return sql`r.days_homeless ${d} NULLS LAST`;
    case 'daysAtShelter':
      return sql`r.days_at_shelter ${d} NULLS LAST`;
    case 'nextStep':
      return sql`array_position(${nextStepOrder}, r.next_step) ${d}`;
    case 'warnings':
      return sql`r.sql_warnings ${d}`;
  }
}

function searchCondition(search: string | undefined): RawBuilder<unknown> {
  const text = search?.trim() ?? '';
  if (text === '') return sql`true`;
  const digits = text.replace(/-/g, '');
  if (/^\d{6,10}$/.test(digits)) return sql`r.cpr LIKE ${`${digits}%`}`;
  const pattern = `%${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  return sql`(coalesce(r.first_name, '') || ' ' || coalesce(r.last_name, '') ILIKE ${pattern} OR r.alias ILIKE ${pattern})`;
}

/** The page of the list and the total, in one statement. */
export async function findByNameListPage(tx: Tx, actor: Actor, filter: ByNameListFilter): Promise<ByNameListDbRow[]> {
  const scope = citizenScopeOf(actor);
  if (scope.kind === 'none') return [];
  const today = sql`${filter.today}::date`;
  const orgId = scope.organisationId;
  const isShelter = scope.kind === 'shelter';
  const inScope = whereCitizenInScope(expressionBuilder<{ c: Database['citizens'] }, 'c'>(), 'c.id', actor);
  const population = isShelter
    ? sql`os.person_id IS NOT NULL`
    : sql`c.handlekommune_id = ${orgId} AND (sp.is_homeless OR (sp.person_id IS NULL AND os.person_id IS NOT NULL))`;
  const shelterOnly = isShelter ? sql`AND s.shelter_id = ${orgId}` : sql``;
  // Only the organisation's own people are looked at: the work grows with them, not with the installation.
  const candidates = isShelter
    ? sql`SELECT DISTINCT coalesce(c.merged_into_id, c.id) AS person_id
          FROM shelter_stays s JOIN citizens c ON c.id = s.citizen_id
          WHERE s.shelter_id = ${orgId} AND (s.discharged_on IS NULL OR s.discharged_on > ${today})`
    : sql`SELECT c.id AS person_id FROM citizens c WHERE c.handlekommune_id = ${orgId} AND c.merged_into_id IS NULL`;

  const result = await sql<ByNameListDbRow>`
WITH candidates AS (
  ${candidates}
),
person_records AS (
  SELECT c.id AS record_id, coalesce(c.merged_into_id, c.id) AS person_id
  FROM citizens c
  WHERE coalesce(c.merged_into_id, c.id) IN (SELECT person_id FROM candidates)
),
periods AS (
  SELECT pr.person_id, hp.category, hp.from_date, hp.to_date, hp.created_at,
         hp.category IN (${homelessList}) AS is_homeless
  FROM housing_periods hp
  JOIN person_records pr ON pr.record_id = hp.citizen_id
  WHERE hp.from_date <= ${today}
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
  WHERE n.to_date IS NULL OR n.to_date > ${today}
  ORDER BY n.person_id, n.from_date DESC, n.created_at DESC
),
spell AS (
  SELECT cp.person_id, cp.category, cp.is_homeless, min(n.from_date) AS spell_since
  FROM current_period cp
  JOIN numbered n ON n.person_id = cp.person_id AND n.spell_no = cp.spell_no
  GROUP BY cp.person_id, cp.category, cp.is_homeless
),
open_stay AS (
  SELECT DISTINCT ON (pr.person_id) pr.person_id, s.id AS stay_id, s.admitted_on, s.handlekommune_notified_on,
         sh.name AS shelter_name
  FROM shelter_stays s
  JOIN person_records pr ON pr.record_id = s.citizen_id
  JOIN organisations sh ON sh.id = s.shelter_id
  WHERE s.admitted_on <= ${today} AND (s.discharged_on IS NULL OR s.discharged_on > ${today}) ${shelterOnly}
  ORDER BY pr.person_id, s.admitted_on DESC
),
plan_now AS (
  SELECT DISTINCT ON (pr.person_id) pr.person_id, p.content -> 'responsible' -> 0 ->> 'name' AS responsible
  FROM plans p
  JOIN person_records pr ON pr.record_id = p.citizen_id
  WHERE p.made_on <= ${today} AND (p.ended_on IS NULL OR p.ended_on > ${today})
  ORDER BY pr.person_id, p.made_on DESC
),
allocation_now AS (
  SELECT DISTINCT ON (pr.person_id) pr.person_id, a.lease_signed_on,
         coalesce(a.move_in_on, a.planned_move_in_on) AS move_in_date
  FROM housing_allocations a
  JOIN person_records pr ON pr.record_id = a.citizen_id
  WHERE a.allocated_on <= ${today} AND (a.withdrawn_on IS NULL OR a.withdrawn_on > ${today})
  ORDER BY pr.person_id, a.allocated_on DESC
),
support_now AS (
  SELECT DISTINCT ON (pr.person_id) pr.person_id, d.method
  FROM decisions d
  JOIN person_records pr ON pr.record_id = d.citizen_id
  WHERE d.kind IN ('85a', '85') AND d.outcome = 'granted' AND d.decided_on <= ${today}
    AND (d.period_from IS NULL OR d.period_from <= ${today}) AND (d.period_to IS NULL OR d.period_to >= ${today})
  ORDER BY pr.person_id, d.decided_on DESC
),
residential_now AS (
  SELECT DISTINCT pr.person_id
  FROM decisions d
  JOIN person_records pr ON pr.record_id = d.citizen_id
  WHERE d.kind IN ('107', '108') AND d.outcome = 'granted' AND d.decided_on <= ${today}
),
course_now AS (
  SELECT DISTINCT ON (pr.person_id) pr.person_id, sc.method, u.display_name AS worker_name
  FROM support_courses sc
  JOIN person_records pr ON pr.record_id = sc.citizen_id
  LEFT JOIN users u ON u.id = sc.worker_user_id
  WHERE sc.started_on <= ${today} AND (sc.ended_on IS NULL OR sc.ended_on > ${today})
  ORDER BY pr.person_id, sc.started_on DESC
),
returned AS (
  SELECT DISTINCT pr.person_id
  FROM outcome_follow_ups fu
  JOIN person_records pr ON pr.record_id = fu.citizen_id
  WHERE fu.returned_from_housing
),
rows AS (
  SELECT
    c.id, c.first_name, c.last_name, c.alias, c.cpr,
    CASE WHEN sp.is_homeless THEN sp.category ELSE 'shelter_110' END AS category,
    (rt.person_id IS NOT NULL) AS returned_from_housing,
    CASE WHEN sp.is_homeless THEN ${today} - sp.spell_since + 1 END AS days_homeless,
    CASE WHEN os.person_id IS NOT NULL THEN ${today} - os.admitted_on + 1 END AS days_at_shelter,
    os.shelter_name,
    coalesce(cn.method, su.method) AS method,
    CASE
      WHEN os.person_id IS NOT NULL AND os.handlekommune_notified_on IS NULL THEN 'notify_handlekommune'
      WHEN pn.person_id IS NULL THEN 'make_plan'
      WHEN an.person_id IS NULL AND rn.person_id IS NULL THEN 'allocate_housing'
      WHEN an.person_id IS NOT NULL AND su.person_id IS NULL THEN 'decide_support'
      WHEN an.person_id IS NOT NULL AND (an.lease_signed_on IS NULL OR an.move_in_date IS NULL) THEN 'sign_lease'
      WHEN os.person_id IS NOT NULL THEN 'discharge_to_own_home'
      ELSE 'move_in'
    END AS next_step,
    coalesce(pn.responsible, cn.worker_name) AS responsible,
    ( CASE WHEN os.person_id IS NOT NULL AND pn.person_id IS NULL THEN 1 ELSE 0 END
    + CASE WHEN os.person_id IS NOT NULL AND os.handlekommune_notified_on IS NULL
            AND os.admitted_on >= ${filter.reformInForce}::date THEN 1 ELSE 0 END
    )::int AS sql_warnings
  FROM citizens c
  LEFT JOIN spell sp ON sp.person_id = c.id
  LEFT JOIN open_stay os ON os.person_id = c.id
  LEFT JOIN plan_now pn ON pn.person_id = c.id
  LEFT JOIN allocation_now an ON an.person_id = c.id
  LEFT JOIN support_now su ON su.person_id = c.id
  LEFT JOIN residential_now rn ON rn.person_id = c.id
  LEFT JOIN course_now cn ON cn.person_id = c.id
  LEFT JOIN returned rt ON rt.person_id = c.id
  WHERE c.merged_into_id IS NULL
    AND ${population}
    AND ${inScope}
)
SELECT
  r.id, r.first_name AS "firstName", r.last_name AS "lastName", r.alias, r.cpr, r.category,
  r.returned_from_housing AS "returnedFromHousing", r.days_homeless AS "daysHomeless",
  r.days_at_shelter AS "daysAtShelter", r.shelter_name AS "shelterName", r.method, r.next_step AS "nextStep",
  r.responsible, r.sql_warnings AS "sqlWarnings", count(*) OVER ()::int AS total
FROM rows r
WHERE ${searchCondition(filter.search)}
  AND ${filter.category === undefined ? sql`true` : sql`r.category = ${filter.category}`}
  AND ${
    filter.method === undefined ? sql`true` : filter.method === 'none' ? sql`r.method IS NULL` : sql`r.method = ${filter.method}`
  }
  AND ${filter.warning === undefined ? sql`true` : filter.warning === 'any' ? sql`r.sql_warnings > 0` : sql`r.sql_warnings = 0`}
ORDER BY ${orderBy(filter.sort, filter.dir)}, r.id
LIMIT ${filter.limit} OFFSET ${filter.offset}
`.execute(tx);
  return result.rows;
}

/** The records of each listed person (root and linked), scoped, for evaluating the page's rules. */
export async function findRecordsOfPersons(
  tx: Tx,
  actor: Actor,
  rootIds: readonly string[],
): Promise<{ id: string; rootId: string }[]> {
  if (rootIds.length === 0) return [];
  const rows = await tx
    .selectFrom('citizens as c')
    .select(['c.id', 'c.merged_into_id as mergedIntoId'])
    .where((eb) => eb.or([eb('c.id', 'in', [...rootIds]), eb('c.merged_into_id', 'in', [...rootIds])]))
    .where((eb) => whereCitizenInScope(eb, 'c.id', actor))
    .execute();
  return rows.map((row) => ({ id: row.id, rootId: row.mergedIntoId ?? row.id }));
}
