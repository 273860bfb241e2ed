/**
 * Rows made in memory and written with multi-row inserts, as the bulk generators (generated
 * citizens, the key figures' history) and the record writers here write them: each table's
 * rows, the tables in the order they are written (a table before the tables that refer to it).
 */
import type { Insertable } from 'kysely';
import type { Db } from '../../database/connection';
import type { Database } from '../../database/schema';

export type DemoRows<T extends keyof Database> = { [K in T]: Insertable<Database[K]>[] };

/** No rows yet for each of `tables`, kept in that order. */
export function emptyDemoRows<T extends keyof Database>(tables: readonly T[]): DemoRows<T> {
  return Object.fromEntries(tables.map((table) => [table, []])) as unknown as DemoRows<T>;
}

/** Adds `more` rows to `rows`, table by table. */
export function appendDemoRows<T extends keyof Database, R extends T>(rows: DemoRows<T>, more: DemoRows<R>): void {
  for (const table of Object.keys(more) as R[]) rows[table].push(...more[table]);
}

/** Writes the rows table by table in their order, `chunk` rows an insert; answers how many. */
export async function insertDemoRows<T extends keyof Database>(
  db: Db,
  rows: Partial<DemoRows<T>>,
  chunk = 1_000,
): Promise<number> {
  let count = 0;
  for (const table of Object.keys(rows) as T[]) {
    const list: Insertable<Database[T]>[] = rows[table] ?? [];
    for (let start = 0; start < list.length; start += chunk) {
      await db
        .insertInto(table)
        .values(list.slice(start, start + chunk))
        .execute();
    }
    count += list.length;
  }
  return count;
}
