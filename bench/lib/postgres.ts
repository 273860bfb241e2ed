/**
 * A throw-away PostgreSQL database for a bench run: `hjemvej_bench_<random>` is created
 * through the maintenance database (BENCH_DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres) and dropped with FORCE at the end, on an error
 * and on ctrl-C. Never an existing database.
 */
import { randomBytes } from 'node:crypto';
import { onCleanup } from './server-process';

/** Creates `hjemvej_bench_<random>`; returns its URL and a drop that runs once, also registered for the bench's clean-up. */
async function createBenchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const { default: pg } = await import('pg');
  const maintenanceUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `hjemvej_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: maintenanceUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  let dropped = false;
  const drop = async (): Promise<void> => {
    if (dropped) return;
    dropped = true;
    const client = new pg.Client({ connectionString: maintenanceUrl });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      await client.end();
    }
  };
  onCleanup(drop);
  const url = new URL(maintenanceUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop };
}

export async function withPostgresDatabase<T>(task: (url: string) => Promise<T>): Promise<T> {
  const { url, drop } = await createBenchDatabase();
  try {
    return await task(url);
  } finally {
    await drop();
  }
}

/**
 * A throw-away database that lives until the bench ends: created now, dropped with FORCE by the
 * bench's clean-up (normal end, error, ctrl-C). For benches whose data is prepared before the
 * server starts. Returns its URL.
 */
export async function createPostgresDatabase(): Promise<string> {
  return (await createBenchDatabase()).url;
}
