/**
 * A person is the surviving citizen record plus the duplicates linked into it
 * (`merged_into_id`). Every module that reads a person's course reads the records of this
 * one set, built here once.
 */
import type { Expression, ExpressionBuilder, SelectQueryBuilder, SqlBool, Transaction } from 'kysely';
import type { Database } from '../database/schema';

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
