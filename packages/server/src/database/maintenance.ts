/**
 * Planner statistics. PostgreSQL's autovacuum keeps them fresh; embedded PGlite has no
 * autovacuum, so without this the planner guesses tiny tables and picks nested loops that
 * make list queries quadratic (the by-name list went from 6 s to 0.2 s at 3,000 citizens).
 *
 * Nothing here runs before the server listens (a database-wide ANALYZE took 15–42 s at
 * national scale on PostgreSQL): on PGlite the stale tables are analysed in the background
 * right after start and then every 15 minutes; on PostgreSQL nothing is done.
 */
import { sql } from 'kysely';
import type { Db } from './connection';
import type { DatabaseTarget } from '../config/database-url';

/**
 * Tables whose statistics are stale: never analysed (`reltuples < 0`), or changed since the
 * last ANALYZE by more than autovacuum's default threshold (50 rows + 10 %).
 */
export async function findStaleTables(db: Db): Promise<string[]> {
  const result = await sql<{ name: string }>`
    SELECT s.relname AS name
    FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
    WHERE s.schemaname = current_schema()
      AND (c.reltuples < 0 OR s.n_mod_since_analyze > 50 + 0.1 * c.reltuples)
    ORDER BY s.relname`.execute(db);
  return result.rows.map((row) => row.name);
}

/** ANALYZEs the stale tables only; returns their names. */
export async function refreshPlannerStatistics(db: Db): Promise<string[]> {
  const stale = await findStaleTables(db);
  for (const table of stale) await sql`ANALYZE ${sql.table(table)}`.execute(db);
  return stale;
}

/**
 * On PGlite, refreshes stale statistics in the background: once soon after start, then every
 * `everyMs`. On PostgreSQL autovacuum does it. Returns a stop function.
 */
export function keepPlannerStatisticsFresh(
  db: Db,
  target: DatabaseTarget,
  onError: (error: unknown) => void,
  everyMs = 15 * 60_000,
  firstAfterMs = 1_000,
): () => void {
  if (target.kind !== 'pglite') return () => undefined;
  const refresh = () => {
    refreshPlannerStatistics(db).catch(onError);
  };
  const first = setTimeout(refresh, firstAfterMs);
  first.unref();
  const timer = setInterval(refresh, everyMs);
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
