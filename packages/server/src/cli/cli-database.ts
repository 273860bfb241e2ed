/**
 * Opens the database named by DATABASE_URL exactly as the server does (default
 * pglite://./data in the repository root), runs a command on it and always closes it.
 */
import { repositoryRoot } from '../config/config';
import { DatabaseUrlError, describeDatabaseTarget, parseDatabaseUrl, type DatabaseTarget } from '../config/database-url';
import { openDatabase, type Db } from '../database/connection';
import { auditSettingsFrom } from '../config/audit-settings';
import { AuditKeyError, useAuditKeys } from '../audit/audit-keys';
import { appliedMigrations, latestMigrationName } from '../database/migrator';
import { migrations } from '../database/migrations';
import type { CliContext } from './cli-context';
import { CliError } from './cli-error';

export function databaseTarget(env: NodeJS.ProcessEnv): DatabaseTarget {
  try {
    return parseDatabaseUrl(env.DATABASE_URL, repositoryRoot);
  } catch (error) {
    if (error instanceof DatabaseUrlError) throw new CliError(error.message);
    throw error;
  }
}

export async function withDatabase<T>(context: CliContext, run: (db: Db, target: DatabaseTarget) => Promise<T>): Promise<T> {
  const target = databaseTarget(context.env);
  context.out.note(`Database: ${target.kind} ${describeDatabaseTarget(target)}`);
  try {
    const audit = useAuditKeys(auditSettingsFrom(context.env, target, repositoryRoot));
    if (audit.generatedFile !== null) context.out.note(`A new audit key was made in ${audit.generatedFile}: keep it.`);
  } catch (error) {
    if (error instanceof AuditKeyError) throw new CliError(error.message);
    throw error;
  }
  const handle = await openDatabase(target, { poolSize: 2 });
  try {
    return await run(handle.db, target);
  } finally {
    await handle.close();
  }
}

/** Commands that write application data need the schema this version was written for. */
export async function requireLatestSchema(db: Db): Promise<void> {
  const applied = new Set(await appliedMigrations(db));
  if (applied.size === 0) throw new CliError('the database has no tables yet; run `hjemvej migrate` first');
  const pending = Object.keys(migrations).filter((name) => !applied.has(name));
  if (pending.length > 0) {
    throw new CliError(
      `the database is not at the latest migration (${latestMigrationName}; missing ${pending.join(', ')}); run \`hjemvej migrate\` first`,
    );
  }
}
