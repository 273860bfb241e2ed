/**
 * A bench writes its data straight to the database before the server starts: opened here and
 * always closed afterwards, so the server (PGlite: one process per folder) can open it next.
 */
import type { DatabaseTarget } from '../../packages/server/src/config/database-url';
import { openDatabase, type Db } from '../../packages/server/src/database/connection';
import { migrateToLatest } from '../../packages/server/src/database/migrator';
import { seedDemo } from '../../packages/server/src/demo/seed-demo';

export async function withDatabase<T>(target: DatabaseTarget, work: (db: Db) => Promise<T>): Promise<T> {
  const handle = await openDatabase(target);
  try {
    return await work(handle.db);
  } finally {
    await handle.close();
  }
}

/** The schema and the demo data, where every bench's data starts; each demo step is logged. */
export async function migrateAndSeedDemo(db: Db, log: (line: string) => void): Promise<void> {
  await migrateToLatest(db);
  await seedDemo(db, (step) => {
    if (step !== 'done') log(`  demo: ${step}`);
  });
}

/** The id of the demo data's organisation with this name. */
export async function demoOrganisationId(db: Db, name: string): Promise<string> {
  const row = await db.selectFrom('organisations').select('id').where('name', '=', name).executeTakeFirst();
  if (!row) throw new Error(`the demo data has no organisation named ${name}`);
  return row.id;
}
