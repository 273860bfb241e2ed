/** `hjemvej migrate [--down]`: to the latest migration, or one step back. */
import { appliedMigrations, latestMigrationName, migrateDown, migrateToLatest } from '../../database/migrator';
import type { CliContext } from '../cli-context';
import { withDatabase } from '../cli-database';

export interface MigrateOptions {
  readonly down?: boolean;
}

export async function migrateCommand(options: MigrateOptions, context: CliContext): Promise<void> {
  await withDatabase(context, async (db) => {
    const steps = options.down ? await migrateDown(db) : await migrateToLatest(db);
    const now = (await appliedMigrations(db)).at(-1) ?? 'no migrations (empty database)';
    if (steps.length === 0) {
      context.out.line(options.down ? 'Nothing to undo: no migrations have run.' : `Already up to date: ${latestMigrationName}.`);
      return;
    }
    for (const step of steps) context.out.line(step);
    context.out.line(`Now at ${now}.`);
  });
}
