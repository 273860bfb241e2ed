/**
 * The one database factory: picks PGlite or PostgreSQL from the target and returns a
 * Kysely instance that behaves the same on both.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import type { DatabaseTarget } from '../config/database-url';
import { auditSettingsFrom } from '../config/audit-settings';
import { repositoryRoot } from '../config/config';
import { hasAuditKeyring, useAuditKeys } from '../audit/audit-keys';
import { PGlitePool } from './pglite-pool';
import { readPgliteTemplate } from './pglite-template';
import type { Database } from './schema';
import { valueParsers } from './type-parsers';

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  readonly db: Db;
  readonly target: DatabaseTarget;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL pool size per process. */
  readonly poolSize?: number;
}

export async function openDatabase(target: DatabaseTarget, options: OpenDatabaseOptions = {}): Promise<DatabaseHandle> {
  const pool =
    target.kind === 'pglite' ? await openPGlitePool(target.dataDir) : openPostgresPool(target.connectionString, options);
  // Kysely's PostgresDialect only needs connect()/end(); PGlitePool provides exactly those.
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: pool as unknown as pg.Pool }) });
  // Whatever opens a database may audit: make sure the process has the audit key configured for
  // it (the server and the CLI install theirs; scripts such as the benches get this one).
  if (!hasAuditKeyring()) useAuditKeys(auditSettingsFrom(process.env, target, repositoryRoot));
  return {
    db,
    target,
    async close() {
      await db.destroy();
    },
  };
}

/**
 * PGlite's buffer cache. Its default (128 MB) is WebAssembly memory a process keeps from the
 * first page it reads; the embedded default serves one municipality's demo or pilot, and pages
 * missing from the cache come from the operating system's file cache (measured in bench/README.md).
 */
const pgliteSharedBuffers = '32MB';

async function openPGlitePool(dataDir: string | null): Promise<PGlitePool> {
  if (dataDir !== null) fs.mkdirSync(dataDir, { recursive: true });
  const isNew = dataDir === null || !fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  const database = await PGlite.create({
    ...(dataDir === null ? {} : { dataDir }),
    // A new database unpacks the pre-initialised data directory instead of running initdb.
    ...(isNew ? { loadDataDir: await readPgliteTemplate() } : {}),
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${pgliteSharedBuffers}`],
    parsers: valueParsers,
  });
  await database.exec("SET TIME ZONE 'UTC'");
  return new PGlitePool(database);
}

function openPostgresPool(connectionString: string, options: OpenDatabaseOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: options.poolSize ?? 10,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary'): unknown => {
        const parser = valueParsers[oid];
        return parser ?? (pg.types.getTypeParser(oid, format ?? 'text') as unknown);
      }) as typeof pg.types.getTypeParser,
    },
  });
  // A connection dropped by the server (restart, failover, a terminated backend) must not crash
  // the process. The pool listens on its idle connections; a checked-out one (a request between two
  // statements of its transaction) has no listener but ours, and an 'error' event without a listener
  // throws. Its statement fails instead (503, http/error-handler.ts), and the pool discards the
  // broken connection on release and opens a new one on the next query.
  pool.on('error', (error) => {
    process.emitWarning(`PostgreSQL connection lost: ${error.message}`);
  });
  pool.on('connect', (client) => {
    client.on('error', (error) => {
      process.emitWarning(`PostgreSQL connection lost while in use: ${error.message}`);
    });
    client.query("SET TIME ZONE 'UTC'").catch(() => undefined);
  });
  return pool;
}
