/**
 * Migration levels for backup and restore: which migrations a database has run, whether
 * this version of Hjemvej knows a backup's level, and migrating to exactly that level.
 */
import { sql, type Kysely } from 'kysely';
import { migrateTo } from '../database/migrator';
import { migrations } from '../database/migrations';
import type { Database } from '../database/schema';

export class MigrationLevelError extends Error {}

export const knownMigrationNames: readonly string[] = Object.keys(migrations);

/** The migrations the database has run, in order; empty for a new database. */
export async function readAppliedMigrations(db: Kysely<Database>): Promise<string[]> {
  const exists = await sql<{ present: boolean }>`SELECT to_regclass('schema_migrations') IS NOT NULL AS present`.execute(db);
  if (!exists.rows[0]?.present) return [];
  const result = await sql<{ name: string }>`SELECT name FROM schema_migrations ORDER BY name`.execute(db);
  return result.rows.map((row) => row.name);
}

/** Throws unless `level` is exactly the first migrations this version knows, in order. */
export function assertKnownMigrationLevel(level: readonly string[], known: readonly string[] = knownMigrationNames): void {
  const unknown = level.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new MigrationLevelError(
      `the backup was made at migration ${level.at(-1) ?? ''}, which this version of Hjemvej does not know (${unknown.join(', ')}); ` +
        `restore it with the version of Hjemvej that made it, or a newer one`,
    );
  }
  level.forEach((name, index) => {
    if (known[index] !== name) {
      throw new MigrationLevelError(
        `the backup's migrations (${level.join(', ')}) do not match this version's (${known.join(', ')})`,
      );
    }
  });
}

/** Migrates up or down to exactly `target` (a migration name; null for none). */
export async function migrateToLevel(db: Kysely<Database>, target: string | null): Promise<string[]> {
  try {
    return await migrateTo(db, target);
  } catch (error) {
    throw new MigrationLevelError(error instanceof Error ? error.message : String(error));
  }
}
