import { Migrator, NO_MIGRATIONS, type MigrationResultSet } from 'kysely';
import type { Db } from './connection';
import { migrations } from './migrations';

function createMigrator(db: Db): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
    // Numbers are handed to parallel branches ahead of time, so a database already migrated by a
    // branch with a higher number (e.g. the shared test database) must still take a lower one
    // that lands later. New databases apply them in the order of their names; down undoes the
    // most recently executed.
    allowUnorderedMigrations: true,
  });
}

function unwrap(result: MigrationResultSet): string[] {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    const reason = result.error instanceof Error ? result.error.message : JSON.stringify(result.error);
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${reason}`);
  }
  return (result.results ?? []).map((r) => `${r.direction === 'Up' ? '↑' : '↓'} ${r.migrationName}`);
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  return unwrap(await createMigrator(db).migrateToLatest());
}

export async function migrateDown(db: Db): Promise<string[]> {
  return unwrap(await createMigrator(db).migrateDown());
}

export async function migrateToNothing(db: Db): Promise<string[]> {
  return unwrap(await createMigrator(db).migrateTo(NO_MIGRATIONS));
}

/** Up or down to exactly the named migration (null: none), e.g. a backup's level. */
export async function migrateTo(db: Db, target: string | null): Promise<string[]> {
  return unwrap(await createMigrator(db).migrateTo(target ?? NO_MIGRATIONS));
}

export async function appliedMigrations(db: Db): Promise<string[]> {
  const all = await createMigrator(db).getMigrations();
  return all.filter((m) => m.executedAt !== undefined).map((m) => m.name);
}

export const latestMigrationName = Object.keys(migrations).at(-1) ?? '';
