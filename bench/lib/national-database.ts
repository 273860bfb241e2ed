/**
 * The national data set's home: a dedicated PostgreSQL database (default `hjemvej_national`,
 * through BENCH_DATABASE_URL's server), built once and reused by every later run, or a PGlite
 * folder for a smaller `--scale`. A database counts as built when its comment carries the
 * summary `buildNationalData` returned at the same scale; anything else is rebuilt (only a
 * database named `hjemvej_national…` is ever dropped).
 */
import type { DatabaseTarget } from '../../packages/server/src/config/database-url';
import { buildNationalData, type NationalSummary } from './national-data';

const commentPrefix = 'hjemvej national data set: ';

export interface NationalDatabase {
  readonly target: DatabaseTarget;
  readonly databaseUrl: string;
  readonly summary: NationalSummary;
  readonly reused: boolean;
}

function maintenanceUrl(): string {
  return process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export function nationalDatabaseUrl(name: string): string {
  const url = new URL(maintenanceUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** The built PostgreSQL database `name` at `scale`, building (or rebuilding) it when needed. */
export async function ensureNationalPostgres(options: {
  readonly name: string;
  readonly scale: number;
  readonly rebuild: boolean;
  readonly log: (line: string) => void;
}): Promise<NationalDatabase> {
  if (!/^hjemvej_national\w*$/.test(options.name)) throw new Error('the database name must start with hjemvej_national');
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: maintenanceUrl() });
  await admin.connect();
  try {
    const existing = await admin.query<{ comment: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
      [options.name],
    );
    const row = existing.rows[0];
    const databaseUrl = nationalDatabaseUrl(options.name);
    const target: DatabaseTarget = { kind: 'postgres', connectionString: databaseUrl };
    if (row && !options.rebuild && row.comment?.startsWith(commentPrefix)) {
      const summary = JSON.parse(row.comment.slice(commentPrefix.length)) as NationalSummary;
      if (summary.scale === options.scale) {
        options.log(`national: reusing ${options.name} (built ${summary.builtAt} in ${summary.seconds} s)`);
        return { target, databaseUrl, summary, reused: true };
      }
    }
    if (row) {
      options.log(`national: dropping ${options.name} to rebuild it`);
      await admin.query(`DROP DATABASE "${options.name}" WITH (FORCE)`);
    }
    await admin.query(`CREATE DATABASE "${options.name}"`);
    const summary = await buildNationalData({ target, scale: options.scale, log: options.log });
    const comment = `${commentPrefix}${JSON.stringify(summary)}`.replaceAll("'", "''");
    await admin.query(`COMMENT ON DATABASE "${options.name}" IS '${comment}'`);
    return { target, databaseUrl, summary, reused: false };
  } finally {
    await admin.end();
  }
}
