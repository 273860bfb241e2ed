/**
 * SQL for taskforce applications and the seasons' capacity. Every read of an application is
 * filtered by the taskforce reach (`taskforce-reach.ts`); the seasons are the national
 * taskforce's own planning and hold no municipality's data beyond which one starts when.
 */
import { sql, type Insertable, type Transaction, type Updateable } from 'kysely';
import type { SeasonTerm } from '@hjemvej/domain';
import type { TaskforceApplication, TaskforceContact } from '@hjemvej/contract';
import type { Actor } from '../../access/actor';
import type { Database, TaskforceApplicationsTable } from '../../database/schema';
import { insertRow, insertRows, updateRowById } from '../../database/row-writes';
import { userNameOf } from '../../database/record-stamps';
import { whereMunicipalityInTaskforceReach } from './taskforce-reach';

type Tx = Transaction<Database>;

function selectApplications(tx: Tx) {
  return tx
    .selectFrom('taskforce_applications as a')
    .innerJoin('organisations as o', 'o.id', 'a.municipality_id')
    .select([
      'a.id',
      'a.municipality_id as municipalityId',
      'o.name as municipalityName',
      'a.status',
      'a.need_housing_supply as needHousingSupply',
      'a.need_support_methods as needSupportMethods',
      'a.need_organisation as needOrganisation',
      'a.need_legal_quality as needLegalQuality',
      'a.expectations',
      'a.preferred_year as preferredYear',
      'a.preferred_term as preferredTerm',
      'a.season_year as seasonYear',
      'a.season_term as seasonTerm',
      'a.decision_reason as decisionReason',
      userNameOf('a.decided_by_user_id').as('decidedBy'),
      'a.decided_at as decidedAt',
      userNameOf('a.submitted_by_user_id').as('submittedBy'),
      'a.created_at as submittedAt',
      'a.version',
    ]);
}

export type TaskforceApplicationRow = Awaited<ReturnType<ReturnType<typeof selectApplications>['executeTakeFirstOrThrow']>>;

/** Applications in the actor's taskforce reach, newest first; one when `applicationId` is given. */
export async function findTaskforceApplicationRows(
  tx: Tx,
  actor: Actor,
  options: { readonly applicationId?: string; readonly forUpdate?: boolean } = {},
): Promise<TaskforceApplicationRow[]> {
  let query = selectApplications(tx).where((eb) => whereMunicipalityInTaskforceReach(eb, 'a.municipality_id', actor));
  if (options.applicationId !== undefined) query = query.where('a.id', '=', options.applicationId);
  if (options.forUpdate) query = query.forUpdate('a');
  return query.orderBy('a.created_at', 'desc').execute();
}

export async function findTaskforceApplicationContacts(tx: Tx, applicationIds: readonly string[]) {
  if (applicationIds.length === 0) return [];
  return tx
    .selectFrom('taskforce_application_contacts')
    .select(['application_id as applicationId', 'name', 'title', 'email', 'phone'])
    .where('application_id', 'in', [...applicationIds])
    .orderBy('application_id')
    .orderBy('position')
    .execute();
}

export type TaskforceContactRow = Awaited<ReturnType<typeof findTaskforceApplicationContacts>>[number];

export function presentTaskforceApplication(
  row: TaskforceApplicationRow,
  contacts: readonly TaskforceContactRow[],
  courseId: string | null,
  abilities: TaskforceApplication['abilities'],
): TaskforceApplication {
  return {
    id: row.id,
    municipalityId: row.municipalityId,
    municipalityName: row.municipalityName,
    status: row.status,
    needs: {
      housingSupply: row.needHousingSupply,
      supportMethods: row.needSupportMethods,
      organisation: row.needOrganisation,
      legalQuality: row.needLegalQuality,
    },
    expectations: row.expectations,
    contacts: contacts
      .filter((c) => c.applicationId === row.id)
      .map((c) => ({ name: c.name, title: c.title, email: c.email, phone: c.phone })),
    preferredSeason:
      row.preferredYear !== null && row.preferredTerm !== null ? { year: row.preferredYear, term: row.preferredTerm } : null,
    season: row.seasonYear !== null && row.seasonTerm !== null ? { year: row.seasonYear, term: row.seasonTerm } : null,
    decisionReason: row.decisionReason,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    submittedBy: row.submittedBy,
    submittedAt: row.submittedAt.toISOString(),
    courseId,
    abilities,
    version: row.version,
  };
}

/** The municipality's application still waiting for an answer, if any. */
export async function findOpenTaskforceApplication(tx: Tx, municipalityId: string): Promise<{ id: string } | undefined> {
  return tx
    .selectFrom('taskforce_applications')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('status', 'in', ['submitted', 'deferred'])
    .executeTakeFirst();
}

export async function insertTaskforceApplication(
  tx: Tx,
  values: Insertable<TaskforceApplicationsTable>,
): Promise<{ id: string }> {
  return { id: await insertRow(tx, 'taskforce_applications', values) };
}

export function updateTaskforceApplicationRow(
  tx: Tx,
  applicationId: string,
  values: Updateable<TaskforceApplicationsTable>,
): Promise<void> {
  return updateRowById(tx, 'taskforce_applications', applicationId, values);
}

export async function replaceTaskforceApplicationContacts(
  tx: Tx,
  applicationId: string,
  contacts: readonly TaskforceContact[],
): Promise<void> {
  await tx.deleteFrom('taskforce_application_contacts').where('application_id', '=', applicationId).execute();
  await insertRows(
    tx,
    'taskforce_application_contacts',
    contacts.map((c, position) => ({ application_id: applicationId, ...c, position })),
  );
}

// ── Seasons ───────────────────────────────────────────────────────────────────────────────

/**
 * Locks the season's row (creating it with the default capacity when the taskforce has not set
 * one), so two acceptances into the same season are counted one after the other and the
 * capacity cannot be passed by accepting at the same moment.
 */
export async function lockTaskforceSeason(tx: Tx, year: number, term: SeasonTerm, defaultCapacity: number): Promise<number> {
  await tx
    .insertInto('taskforce_seasons')
    .values({ year, term, capacity: defaultCapacity })
    .onConflict((oc) => oc.columns(['year', 'term']).doNothing())
    .execute();
  const row = await tx
    .selectFrom('taskforce_seasons')
    .select('capacity')
    .where('year', '=', year)
    .where('term', '=', term)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return row.capacity;
}

/** The seasons the taskforce has set a capacity for (or locked for an acceptance). */
export async function findTaskforceSeasonRows(tx: Tx) {
  return tx.selectFrom('taskforce_seasons').select(['year', 'term', 'capacity']).execute();
}

export async function upsertTaskforceSeasonCapacity(
  tx: Tx,
  values: { year: number; term: SeasonTerm; capacity: number; userId: string },
): Promise<void> {
  await tx
    .insertInto('taskforce_seasons')
    .values({ year: values.year, term: values.term, capacity: values.capacity, updated_by_user_id: values.userId })
    .onConflict((oc) =>
      oc.columns(['year', 'term']).doUpdateSet({
        capacity: values.capacity,
        updated_by_user_id: values.userId,
        updated_at: sql<Date>`now()`,
      }),
    )
    .execute();
}

/** Applications accepted into a season (other than `exceptId`). */
export async function countAcceptedInSeason(tx: Tx, year: number, term: SeasonTerm, exceptId?: string): Promise<number> {
  let query = tx
    .selectFrom('taskforce_applications')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('status', '=', 'accepted')
    .where('season_year', '=', year)
    .where('season_term', '=', term);
  if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Every accepted application by season, and open applications' preferred seasons (the taskforce's planning). */
export async function findSeasonPlanningRows(tx: Tx, actor: Actor) {
  return tx
    .selectFrom('taskforce_applications as a')
    .innerJoin('organisations as o', 'o.id', 'a.municipality_id')
    .select([
      'a.id',
      'a.status',
      'o.name as municipalityName',
      'a.season_year as seasonYear',
      'a.season_term as seasonTerm',
      'a.preferred_year as preferredYear',
      'a.preferred_term as preferredTerm',
    ])
    .where((eb) =>
      eb.or([
        eb('a.status', '=', 'accepted'),
        eb.and([eb('a.status', 'in', ['submitted', 'deferred']), eb('a.preferred_year', 'is not', null)]),
      ]),
    )
    .where((eb) => whereMunicipalityInTaskforceReach(eb, 'a.municipality_id', actor))
    .orderBy('a.decided_at')
    .execute();
}
