/**
 * A person is the surviving citizen record plus the duplicates linked into it
 * (`merged_into_id`). Every module that reads a person's course reads the records of this
 * one set, built here once.
 */
import type { Expression, ExpressionBuilder, SelectQueryBuilder, SqlBool, Transaction } from 'kysely';
import type { DataCategory, IsoDate } from '@hjemvej/domain';
import type { Actor } from '../access/actor';
import { citizenScopeOf, whereCitizenInScope } from '../access/citizen-scope';
import type { Database } from '../database/schema';
import { executeRemembered, executeRememberedFirst } from '../database/remembered-reads';
import { recordStampColumns, userNameOf } from '../database/record-stamps';

type Tx = Transaction<Database>;

type WithCitizens = Database & { c: Database['citizens'] };

/** `c` is a record of one of the persons whose surviving records are `rootIds`. */
export function isRecordOfPersons(eb: ExpressionBuilder<WithCitizens, 'c'>, rootIds: readonly string[]): Expression<SqlBool> {
  return eb.or([eb('c.id', 'in', [...rootIds]), eb('c.merged_into_id', 'in', [...rootIds])]);
}

/**
 * The records of the persons whose surviving records are `rootIds` (each root and what is
 * linked into it), as `c`. Not scoped: callers add their scope (`whereCitizenInScope`) or are
 * named `unsafe…`/`system…`.
 */
export function selectPersonRecords(tx: Tx, rootIds: readonly string[]): SelectQueryBuilder<WithCitizens, 'c', object> {
  return tx.selectFrom('citizens as c').where((eb) => isRecordOfPersons(eb, rootIds));
}

/**
 * The surviving record's id first, then the linked records' ids, of the person `citizenId`
 * (any of their records) belongs to; [] when there is no such record. Outside any scope: for
 * system work that follows from a change the caller was allowed to make, and for the partner's
 * consented view after its consent check.
 */
export async function unsafeFindPersonRecordIds(tx: Tx, citizenId: string): Promise<string[]> {
  const record = await tx.selectFrom('citizens').select(['id', 'merged_into_id']).where('id', '=', citizenId).executeTakeFirst();
  if (!record) return [];
  const rootId = record.merged_into_id ?? record.id;
  const rows = await selectPersonRecords(tx, [rootId]).select('c.id').orderBy('c.created_at').execute();
  return [rootId, ...rows.map((row) => row.id).filter((id) => id !== rootId)];
}

/** The persons (surviving records' ids) the given citizen records belong to, outside any scope. */
export async function systemFindPersonIds(tx: Tx, citizenIds: readonly string[]): Promise<string[]> {
  if (citizenIds.length === 0) return [];
  const rows = await tx
    .selectFrom('citizens')
    .select((eb) => eb.fn.coalesce('merged_into_id', 'id').as('personId'))
    .where('id', 'in', [...citizenIds])
    .distinct()
    .execute();
  return rows.map((row) => row.personId).sort();
}

/**
 * Citizen records in the actor's citizen scope, as `c`, with the columns every module reads.
 * With a category, the records of citizens whose `category` the actor reads (need-to-know).
 */
export function selectCitizenRecords(tx: Tx, actor: Actor, category: DataCategory = 'identity') {
  return unsafeSelectCitizenRecords(tx).where((eb) => whereCitizenInScope(eb, 'c.id', actor, category));
}

/**
 * Citizen records as `c` with the columns every module reads, outside any scope: for a caller
 * that bounds them by person keys from `personKeysInScope` itself (the citizen list).
 */
export function unsafeSelectCitizenRecords(tx: Tx) {
  return tx
    .selectFrom('citizens as c')
    .leftJoin('organisations as hk', 'hk.id', 'c.handlekommune_id')
    .select([
      'c.id',
      'c.cpr',
      'c.birth_date as birthDate',
      'c.birth_date_is_approximate as birthDateIsApproximate',
      'c.first_name as firstName',
      'c.last_name as lastName',
      'c.alias',
      'c.phone',
      'c.email',
      'c.contact_note as contactNote',
      'c.handlekommune_id as handlekommuneId',
      'hk.name as handlekommuneName',
      'c.responsible_user_id as responsibleUserId',
      userNameOf('c.responsible_user_id').as('responsibleName'),
      'c.merged_into_id as mergedIntoId',
      'c.created_by_organisation_id as createdByOrganisationId',
      ...recordStampColumns('c'),
    ]);
}

export type CitizenRecord = Awaited<ReturnType<ReturnType<typeof selectCitizenRecords>['executeTakeFirstOrThrow']>>;

/** One record in scope, as stored (it may be a duplicate linked into another). */
export async function findCitizenRecord(
  tx: Tx,
  actor: Actor,
  citizenId: string,
  category: DataCategory = 'identity',
): Promise<CitizenRecord | null> {
  return executeRememberedFirst(tx, selectCitizenRecords(tx, actor, category).where('c.id', '=', citizenId));
}

export interface Person {
  /** The surviving record. */
  readonly root: CitizenRecord;
  /** Records linked into it. */
  readonly linked: CitizenRecord[];
  /** root.id and the linked records' ids. */
  readonly recordIds: string[];
  /** The id asked for, when it was a linked record rather than the surviving one. */
  readonly resolvedFromId: string | null;
}

/**
 * The person a record belongs to, in scope, or null (not found or not yours). A module reading
 * or writing one category of the person's data names it: a person whose `category` the actor
 * does not read is not found either (a jobcentre member with a task finds the citizen, not
 * their assessments).
 */
export async function findPerson(
  tx: Tx,
  actor: Actor,
  citizenId: string,
  options: { forUpdate?: boolean; category?: DataCategory } = {},
): Promise<Person | null> {
  const memo = personMemos.get(tx);
  if (!memo || options.forUpdate) return readPerson(tx, actor, citizenId, options);
  // The same record in the same scope is the same person (categories with one scope share it).
  const key = `${citizenId} ${JSON.stringify(citizenScopeOf(actor, options.category))}`;
  const remembered = memo.get(key);
  if (remembered) return remembered;
  const person = readPerson(tx, actor, citizenId, options);
  memo.set(key, person);
  return person;
}

/**
 * Transactions in which `findPerson` reads each (record, scope) once: a read-only answer made
 * of many services' reads of one person (the citizen page), where nothing changes a person.
 */
const personMemos = new WeakMap<Tx, Map<string, Promise<Person | null>>>();

/** From now on in `tx`, `findPerson` remembers the persons it found. Only for transactions that change no person. */
export function rememberPersonsIn(tx: Tx): void {
  personMemos.set(tx, new Map());
}

async function readPerson(
  tx: Tx,
  actor: Actor,
  citizenId: string,
  options: { forUpdate?: boolean; category?: DataCategory },
): Promise<Person | null> {
  const record = await findCitizenRecord(tx, actor, citizenId, options.category);
  if (!record) return null;
  const rootId = record.mergedIntoId ?? record.id;
  if (options.forUpdate) {
    // Serialises changes to one person (versions, housing periods, links) across requests.
    await tx.selectFrom('citizens').select('id').where('id', '=', rootId).forUpdate().execute();
  }
  const rows = await executeRemembered(
    tx,
    selectCitizenRecords(tx, actor)
      .where((eb) => isRecordOfPersons(eb, [rootId]))
      .orderBy('c.created_at'),
  );
  const root = rows.find((row) => row.id === rootId);
  if (!root) return null;
  const linked = rows.filter((row) => row.id !== rootId);
  return {
    root,
    linked,
    recordIds: [rootId, ...linked.map((row) => row.id)],
    resolvedFromId: record.id === rootId ? null : record.id,
  };
}

export interface StayDates {
  readonly admittedOn: IsoDate;
  readonly dischargedOn: IsoDate | null;
}

/**
 * Admission and discharge dates of all the person's stays, at every shelter, for counting
 * nights and reimbursement days only. Bypasses the shelter filter on purpose (the running
 * year spans shelters); callers must already have found the person in the actor's scope, and
 * only the counts leave the server.
 */
export async function unsafeFindStayDatesOfPerson(tx: Tx, recordIds: readonly string[]): Promise<StayDates[]> {
  if (recordIds.length === 0) return [];
  return tx
    .selectFrom('shelter_stays')
    .select(['admitted_on as admittedOn', 'discharged_on as dischargedOn'])
    .where('citizen_id', 'in', [...recordIds])
    .execute();
}
