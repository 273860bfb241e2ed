/**
 * Writing one row of a table whose key is a generated `id`, the way every module's queries do:
 * insert and answer the new id; set columns of the row with a given id. Not scoped: a module
 * writes a row it made, or one it has read (and locked) through its scope first.
 */
import type { Generated, Insertable, Kysely, Updateable } from 'kysely';
import type { Database } from './schema';

// A transaction or, for the few writers outside one, the database itself.
type Tx = Kysely<Database>;

/** The tables keyed by a generated uuid `id`. */
export type TableWithId = {
  [T in keyof Database]: Database[T] extends { id: Generated<string> } ? T : never;
}[keyof Database];

/** Inserts one row and answers its generated id. */
export async function insertRow<T extends TableWithId>(tx: Tx, table: T, values: Insertable<Database[T]>): Promise<string> {
  // Widened to the union of such tables: Kysely's builders do not narrow a generic table name.
  const target: TableWithId = table;
  const { id } = await tx
    .insertInto(target)
    .values(values as Insertable<Database[TableWithId]>)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Sets the given columns of the row with this id (nothing else: a version bump is the caller's). */
export async function updateRowById<T extends TableWithId>(
  tx: Tx,
  table: T,
  id: string,
  values: Updateable<Database[T]>,
): Promise<void> {
  const target: TableWithId = table;
  await tx
    .updateTable(target)
    .set(values as Updateable<Database[TableWithId]>)
    .where('id', '=', id)
    .execute();
}

/** Inserts the rows, if any: Kysely refuses an insert of no rows, so a list that may be empty is written here. */
export async function insertRows<T extends keyof Database>(
  tx: Tx,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  if (rows.length === 0) return;
  const target: keyof Database = table;
  await tx.insertInto(target).values(rows).execute();
}
