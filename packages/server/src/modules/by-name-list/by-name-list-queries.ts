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
import { selectPersonRecords } from '../../course/person-queries';
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

function orderBy(sort: ByNameListSort, dir: 'asc' | 'desc', alias: 'r' | 'p'): RawBuilder<unknown> {
  const d = sql.raw(dir === 'asc' ? 'ASC' : 'DESC');
  const col = (name: string) => sql.ref(`${alias}.${name}`);
  switch (sort) {
    case 'name':
      return sql`lower(coalesce(${col('last_name')}, ${col('alias')}, '')) ${d}, lower(coalesce(${col('first_name')}, '')) ${d}, ${col('id')}`;
    case 'category':
      return sql`${col('category')} ${d}, ${col('id')}`;
    case 'daysHomeless':
      return sql`${col('days_homeless')} ${d} NULLS LAST, ${col('id')}`;
    case 'daysAtShelter':
      return sql`${col('days_at_shelter')} ${d} NULLS LAST, ${col('id')}`;
    case 'nextStep':
      return sql`array_position(${nextStepOrder}, ${col('next_step')}) ${d}, ${col('id')}`;
    case 'warnings':
      return sql`${col('warning_count')} ${d}, ${col('warning_rank')} ${d}, ${col('id')}`;
  }
}

function searchCondition(search: string | undefined): RawBuilder<unknown> | null {
  const text = search?.trim() ?? '';
  if (text === '') return null;
  const digits = text.replace(/-/g, '');
  if (/^\d{6,10}$/.test(digits)) return sql`c.cpr LIKE ${`${digits}%`}`;
  const pattern = `%${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  return sql`(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '') ILIKE ${pattern} OR c.alias ILIKE ${pattern})`;
}

/**
 * The statement of one page and the total (null when the actor has no citizen scope).
 *
 * Work is kept proportional to what is asked: the population is read from `course_status`
 * alone (names are joined only to search or sort by name), the sort is a top-N sort, and the
 * citizen scope is checked on the page's rows. The population condition implies the scope
 * (a municipality's rows are the persons whose surviving record has it as handlekommune, kept so
 * by the triggers; a shelter's are persons with a current stay there), and the scope condition
 * on the page rows is what guarantees it: a row outside the scope is never shown.
 */
export function byNameListPageQuery(actor: Actor, filter: ByNameListFilter): RawBuilder<ByNameListDbRow> | null {
  const scope = citizenScopeOf(actor, 'housing');
  if (scope.kind === 'none') return null;
  const today = sql`${filter.today}::date`;
  const isShelter = scope.kind === 'shelter';
  const inScope = whereCitizenInScope(expressionBuilder<{ c: Database['citizens'] }, 'c'>(), 'c.id', actor, 'housing');
  // A unit's members (and emergency access) reach some of the municipality's persons: the
  // population itself is narrowed, so the total counts only them.
  const narrowed =
    scope.kind === 'units' || scope.kind === 'emergency'
      ? sql` AND ${whereCitizenInScope(expressionBuilder<{ cs: Database['course_status'] }, 'cs'>(), 'cs.person_id', actor, 'housing')}`
      : sql``;
  const population = isShelter
    ? sql`cs.stay_shelter_id = ${scope.organisationId}`
    : sql`cs.handlekommune_id = ${scope.organisationId} AND cs.listed${narrowed}`;
  const warningCount = isShelter ? sql`cs.shelter_warning_count` : sql`cs.warning_count`;
  const warningRank = isShelter ? sql`cs.shelter_warning_rank` : sql`cs.warning_rank`;
  const search = searchCondition(filter.search);
  const needsNames = search !== null || filter.sort === 'name';
  const names = needsNames
    ? sql`c.first_name, c.last_name, c.alias,`
    : sql`NULL::text AS first_name, NULL::text AS last_name, NULL::text AS alias,`;
  const conditions = [
    population,
    ...(search === null ? [] : [search]),
    ...(filter.category === undefined ? [] : [sql`cs.category = ${filter.category}`]),
    ...(filter.method === undefined
      ? []
      : [filter.method === 'none' ? sql`cs.method IS NULL` : sql`cs.method = ${filter.method}`]),
    ...(filter.warning === undefined ? [] : [filter.warning === 'any' ? sql`${warningCount} > 0` : sql`${warningCount} = 0`]),
  ];
  return sql<ByNameListDbRow>`
WITH rows AS (
  SELECT
    cs.person_id AS id, ${names} cs.category, cs.returned_from_housing,
    ${today} - cs.spell_since + 1 AS days_homeless,
    ${today} - cs.stay_admitted_on + 1 AS days_at_shelter,
    cs.stay_shelter_id, cs.method, cs.next_step, cs.plan_responsible, cs.worker_user_id,
    ${warningCount} AS warning_count, ${warningRank} AS warning_rank,
    count(*) OVER ()::int AS total
  FROM course_status cs
  ${needsNames ? sql`JOIN citizens c ON c.id = cs.person_id` : sql``}
  WHERE ${sql.join(conditions, sql` AND `)}
),
page AS (
  SELECT r.* FROM rows r
  ORDER BY ${orderBy(filter.sort, filter.dir, 'r')}
  LIMIT ${filter.limit} OFFSET ${filter.offset}
)
SELECT
  p.id, c.first_name AS "firstName", c.last_name AS "lastName", c.alias, c.cpr, p.category,
  p.returned_from_housing AS "returnedFromHousing", p.days_homeless AS "daysHomeless",
  p.days_at_shelter AS "daysAtShelter", sh.name AS "shelterName", p.method, p.next_step AS "nextStep",
  coalesce(p.plan_responsible, u.display_name) AS responsible, p.warning_count AS "warningCount", p.total
FROM page p
JOIN citizens c ON c.id = p.id
LEFT JOIN organisations sh ON sh.id = p.stay_shelter_id
LEFT JOIN users u ON u.id = p.worker_user_id
WHERE c.merged_into_id IS NULL AND ${inScope}
ORDER BY ${orderBy(filter.sort, filter.dir, 'p')}`;
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
  const rows = await selectPersonRecords(tx, rootIds)
    .select(['c.id', 'c.merged_into_id as mergedIntoId'])
    .where((eb) => whereCitizenInScope(eb, 'c.id', actor, 'housing'))
    .execute();
  return rows.map((row) => ({ id: row.id, rootId: row.mergedIntoId ?? row.id }));
}
