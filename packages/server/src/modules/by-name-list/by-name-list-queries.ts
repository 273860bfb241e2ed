/**
 * SQL for the by-name list: ONE indexed query over the maintained `course_status` rows (see
 * modules/course-status and migration 0005), which the service has brought up to date inside
 * the same transaction. A municipality sees the persons it is handlekommune for who are listed
 * (currently homeless, those who returned from housing included); a shelter its current
 * residents, with the warnings as the shelter sees the course (its own stays).
 *
 * The warning filter and sort use the same count as the row badges: both come from the
 * domain's `evaluateCourse` (all rules), stored per person by the recomputation.
 *
 * The citizen scope (`whereCitizenInScope`) is part of the WHERE clause like everywhere else.
 * The reviewable copy beside this file, `by-name-list.sql`, is this statement compiled for a
 * municipality sorted by days homeless with every filter given; a test fails when they differ.
 */
import { expressionBuilder, sql, type RawBuilder, type Transaction } from 'kysely';
import type { ByNameListSort, NextStep } from '@hjemvej/contract';
import type { HousingCategory, IsoDate, SupportMethod } from '@hjemvej/domain';
import type { Actor } from '../../access/actor';
import { citizenScopeOf, whereCitizenInScope } from '../../access/citizen-scope';
import type { Database } from '../../database/schema';

type Tx = Transaction<Database>;

export interface ByNameListFilter {
  readonly today: IsoDate;
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
  readonly warningCount: number;
  readonly total: number;
}

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
      return sql`r.warning_count ${d}, r.warning_rank ${d}`;
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

/** The statement of one page and the total (null when the actor has no citizen scope). */
export function byNameListPageQuery(actor: Actor, filter: ByNameListFilter): RawBuilder<ByNameListDbRow> | null {
  const scope = citizenScopeOf(actor);
  if (scope.kind === 'none') return null;
  const today = sql`${filter.today}::date`;
  const isShelter = scope.kind === 'shelter';
  const inScope = whereCitizenInScope(expressionBuilder<{ c: Database['citizens'] }, 'c'>(), 'c.id', actor);
  const population = isShelter
    ? sql`cs.stay_shelter_id = ${scope.organisationId}`
    : sql`cs.handlekommune_id = ${scope.organisationId} AND cs.listed`;
  const warningCount = isShelter ? sql`cs.shelter_warning_count` : sql`cs.warning_count`;
  const warningRank = isShelter ? sql`cs.shelter_warning_rank` : sql`cs.warning_rank`;
  const order = orderBy(filter.sort, filter.dir);
  return sql<ByNameListDbRow>`
WITH rows AS (
  SELECT
    c.id, c.first_name, c.last_name, c.alias, c.cpr, cs.category, cs.returned_from_housing,
    ${today} - cs.spell_since + 1 AS days_homeless,
    ${today} - cs.stay_admitted_on + 1 AS days_at_shelter,
    cs.stay_shelter_id, cs.method, cs.next_step, cs.plan_responsible, cs.worker_user_id,
    ${warningCount} AS warning_count, ${warningRank} AS warning_rank
  FROM course_status cs
  JOIN citizens c ON c.id = cs.person_id
  WHERE ${population}
    AND c.merged_into_id IS NULL
    AND ${inScope}
),
page AS (
  SELECT r.*, count(*) OVER ()::int AS total, row_number() OVER (ORDER BY ${order}, r.id) AS position
  FROM rows r
  WHERE ${searchCondition(filter.search)}
    AND ${filter.category === undefined ? sql`true` : sql`r.category = ${filter.category}`}
    AND ${
      filter.method === undefined ? sql`true` : filter.method === 'none' ? sql`r.method IS NULL` : sql`r.method = ${filter.method}`
    }
    AND ${filter.warning === undefined ? sql`true` : filter.warning === 'any' ? sql`r.warning_count > 0` : sql`r.warning_count = 0`}
  ORDER BY position
  LIMIT ${filter.limit} OFFSET ${filter.offset}
)
SELECT
  p.id, p.first_name AS "firstName", p.last_name AS "lastName", p.alias, p.cpr, p.category,
  p.returned_from_housing AS "returnedFromHousing", p.days_homeless AS "daysHomeless",
  p.days_at_shelter AS "daysAtShelter", sh.name AS "shelterName", p.method, p.next_step AS "nextStep",
  coalesce(p.plan_responsible, u.display_name) AS responsible, p.warning_count AS "warningCount", p.total
FROM page p
LEFT JOIN organisations sh ON sh.id = p.stay_shelter_id
LEFT JOIN users u ON u.id = p.worker_user_id
ORDER BY p.position`;
}

/** The page of the list and the total, in one statement. */
export async function findByNameListPage(tx: Tx, actor: Actor, filter: ByNameListFilter): Promise<ByNameListDbRow[]> {
  const query = byNameListPageQuery(actor, filter);
  return query === null ? [] : (await query.execute(tx)).rows;
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
