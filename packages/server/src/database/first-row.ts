/**
 * Reading one record through a module's select: the first row the query finds, or null, and,
 * when the caller is about to change it, locked FOR UPDATE (of the record's own table only, so
 * the rows joined to describe it stay unlocked).
 */
import type { SelectQueryBuilder, Simplify } from 'kysely';

/** The query's first row or null; `lockTable` (the alias of the record's table) is locked FOR UPDATE, false locks nothing. */
export async function findFirstRow<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  lockTable: (TB & string) | false,
): Promise<Simplify<O> | null> {
  const row = (await (lockTable === false ? query : query.forUpdate(lockTable)).executeTakeFirst()) as Simplify<O> | undefined;
  return row ?? null;
}
