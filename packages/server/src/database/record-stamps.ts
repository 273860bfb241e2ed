/**
 * The stamps a stored record is answered with (the contract's `recordStamps` and
 * `versionedRecordStamps`): its version, when it was made and last changed, and who did it, by
 * the users' display names. Every module's query selects them with these fragments and its
 * presenter answers them with `presentRecordStamps`, so "created by / updated by" is written once.
 *
 * The fragments take the alias the query gives the record's table (`'p'` in
 * `selectFrom('plans as p')`); the table must have the columns named (`version`, `created_at`,
 * `updated_at`, `created_by_user_id`, `updated_by_user_id`).
 */
import { sql, type RawBuilder } from 'kysely';

/** The display name of the user the column names; null when it names none (or a user no longer there). */
export function userNameOf(column: string): RawBuilder<string | null> {
  return sql<string | null>`(SELECT display_name FROM users WHERE users.id = ${sql.ref(column)})`;
}

/** `createdBy`: who made the row. */
export function createdByColumn(alias: string) {
  return userNameOf(`${alias}.created_by_user_id`).as('createdBy');
}

/** `updatedBy`: who changed the row last. */
export function updatedByColumn(alias: string) {
  return userNameOf(`${alias}.updated_by_user_id`).as('updatedBy');
}

/** `createdAt` and `updatedAt`. */
export function timeStampColumns(alias: string) {
  return [
    sql<Date>`${sql.ref(`${alias}.created_at`)}`.as('createdAt'),
    sql<Date>`${sql.ref(`${alias}.updated_at`)}`.as('updatedAt'),
  ] as const;
}

/** `version`, `createdAt` and `updatedAt` (the contract's `recordStamps`). */
export function recordStampColumns(alias: string) {
  return [sql<number>`${sql.ref(`${alias}.version`)}`.as('version'), ...timeStampColumns(alias)] as const;
}

/** `createdBy`, `updatedBy`, `version`, `createdAt` and `updatedAt` (the contract's `versionedRecordStamps`). */
export function versionedRecordStampColumns(alias: string) {
  return [createdByColumn(alias), updatedByColumn(alias), ...recordStampColumns(alias)] as const;
}

interface RecordStampsRow {
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** The stamps as the API answers them: the times as ISO strings. */
export function presentRecordStamps(row: RecordStampsRow): { version: number; createdAt: string; updatedAt: string } {
  return { version: row.version, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

/** Who made and changed the record, besides its `presentRecordStamps`. */
export function presentVersionedRecordStamps(
  row: RecordStampsRow & { readonly createdBy: string | null; readonly updatedBy: string | null },
) {
  return { createdBy: row.createdBy, updatedBy: row.updatedBy, ...presentRecordStamps(row) };
}

/** A new row's "created by" and "updated by": both the user who makes it. */
export function madeBy(userId: string): { created_by_user_id: string; updated_by_user_id: string } {
  return { created_by_user_id: userId, updated_by_user_id: userId };
}
