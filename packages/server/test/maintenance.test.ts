/** Planner statistics are refreshed for the stale tables only (issue 9: no database-wide ANALYZE before listening). */
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from '../src/config/database-url';
import { openDatabase } from '../src/database/connection';
import { findStaleTables, refreshPlannerStatistics } from '../src/database/maintenance';
import { migrateToLatest } from '../src/database/migrator';
import { createScratchDatabase } from './support/scratch-database';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

describe('planner statistics', () => {
  it('are refreshed for the tables written since the last ANALYZE, and only those', async () => {
    const scratch = await createScratchDatabase();
    const handle = await openDatabase(parseDatabaseUrl(scratch.url), { poolSize: 2 });
    cleanups.push(async () => {
      await handle.close();
      await scratch.drop();
    });
    await migrateToLatest(handle.db);
    await refreshPlannerStatistics(handle.db);
    // One connection, and its table statistics flushed now rather than within the next second.
    await handle.db.connection().execute(async (db) => {
      await sql`INSERT INTO organisations (name, kind) SELECT 'Kommune ' || n, 'municipality' FROM generate_series(1, 200) n`.execute(
        db,
      );
      await sql`SELECT pg_stat_force_next_flush()`.execute(db);
      await sql`SELECT 1`.execute(db);
      const stale = await findStaleTables(db);
      expect(stale).toContain('organisations');
      expect(stale).not.toContain('citizens');
      expect(await refreshPlannerStatistics(db)).toEqual(stale);
      await sql`SELECT pg_stat_force_next_flush()`.execute(db);
      await sql`SELECT 1`.execute(db);
      expect(await findStaleTables(db)).not.toContain('organisations');
    });
  });
});
