/**
 * A private, empty database for tests that must own the whole database (migrations down,
 * audit-chain tampering): PGlite in memory, or a fresh PostgreSQL database dropped afterwards.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { testDatabaseUrl } from './test-app';

export interface ScratchDatabase {
  /** DATABASE_URL of the scratch database. */
  readonly url: string;
  drop(): Promise<void>;
}

export async function createScratchDatabase(): Promise<ScratchDatabase> {
  const url = testDatabaseUrl();
  if (!url.startsWith('postgres')) return { url: 'pglite://memory', drop: async () => undefined };
  return createPostgresScratchDatabase(url);
}

/** A fresh database on the PostgreSQL server of `serverUrl` (made through its `postgres` database). */
export async function createPostgresScratchDatabase(serverUrl: string): Promise<ScratchDatabase> {
  const name = `hjemvej_scratch_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const maintenance = new URL(serverUrl);
  maintenance.pathname = '/postgres';
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  const target = new URL(serverUrl);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    async drop() {
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
