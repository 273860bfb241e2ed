/**
 * What the benches share before and around their load: a data folder with the demo data and
 * `count` generated citizens (plus a bench's own rows), a server started on it, a demo user
 * signed in, and each endpoint measured at each concurrency.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoPassword } from '../../packages/server/src/demo/demo-accounts';
import type { DatabaseTarget } from '../../packages/server/src/config/database-url';
import type { Db } from '../../packages/server/src/database/connection';
import { prepareCourseData, type CourseData } from './course-data';
import { createPostgresDatabase } from './postgres';
import { withDatabase } from './database';
import { runLoad, send, type RequestSpec, type Target } from './load';
import { withHealthRatios, type EndpointResult } from './report';
import type { CommonSettings } from './args';
import { onCleanup, startServer, type ServerHandle } from './server-process';

/** Signs in as a demo account: the session cookie (`name=value`) and its CSRF token. */
export async function signInDemo(target: Target, email: string): Promise<{ cookie: string; csrfToken: string }> {
  const response = await send(
    target,
    {
      method: 'POST',
      path: '/api/auth/sign-in',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: demoPassword }),
    },
    false,
  );
  const setCookie = response.headers['set-cookie']?.find((value) => value.startsWith('hjemvej_session='));
  if (response.status !== 200 || !setCookie)
    throw new Error(`sign-in as ${email} answered ${response.status}: ${response.body.slice(0, 300)}`);
  const body = JSON.parse(response.body) as { csrfToken: string };
  return { cookie: setCookie.split(';')[0] ?? '', csrfToken: body.csrfToken };
}

/** A GET, with the session cookie when one is given. */
export const getRequest = (requestPath: string, cookie?: string) => (): RequestSpec =>
  cookie === undefined ? { method: 'GET', path: requestPath } : { method: 'GET', path: requestPath, headers: { cookie } };

/**
 * A new PGlite folder (removed at exit), or with `postgres` a new PostgreSQL database (dropped at
 * exit), with the demo data and `count` generated citizens (seed 1), then `addRows` (the bench's
 * own, written straight to the database), then a server on it.
 */
export async function startOnGeneratedData<T>(options: {
  readonly folderPrefix: string;
  readonly count: number;
  readonly postgres?: boolean;
  readonly log: (line: string) => void;
  readonly addRows: (db: Db, data: CourseData) => Promise<T>;
}): Promise<{ data: CourseData; added: T; server: ServerHandle }> {
  let target: DatabaseTarget;
  let databaseUrl: string;
  if (options.postgres === true) {
    databaseUrl = await createPostgresDatabase();
    target = { kind: 'postgres', connectionString: databaseUrl };
  } else {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), options.folderPrefix));
    onCleanup(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
    databaseUrl = `pglite://${dataDir}`;
    target = { kind: 'pglite', dataDir };
  }
  options.log(`data: ${databaseUrl.replace(/\/\/[^@]*@/, '//')} …`);
  const data = await prepareCourseData({ target, count: options.count, seed: 1, log: options.log });
  const added = await withDatabase(target, (db) => options.addRows(db, data));
  const server = await startServer({ databaseUrl, env: { SEED_DEMO: 'false' } });
  return { data, added, server };
}

export interface MeasuredEndpoint {
  readonly name: string;
  readonly path: string;
  readonly request: (index: number) => RequestSpec;
}

/** Each GET endpoint at each concurrency, in order, one row each. */
export async function measureEndpoints(
  target: Target,
  endpoints: readonly MeasuredEndpoint[],
  options: {
    readonly levels: readonly number[];
    readonly durationSeconds: number;
    readonly warmupSeconds: number;
    readonly log: (line: string) => void;
  },
): Promise<Omit<EndpointResult, 'vsHealth'>[]> {
  const rows: Omit<EndpointResult, 'vsHealth'>[] = [];
  for (const endpoint of endpoints) {
    for (const level of options.levels) {
      options.log(`load: ${endpoint.name} @${level} …`);
      const result = await runLoad({
        target,
        concurrency: level,
        durationMs: options.durationSeconds * 1000,
        warmupMs: options.warmupSeconds * 1000,
        request: endpoint.request,
      });
      rows.push({ name: endpoint.name, method: 'GET', path: endpoint.path, ...result });
    }
  }
  return rows;
}

/**
 * Warms both sides up (concurrency 8 over the endpoints in turn, at most `maxRequests`), measures
 * each endpoint at each of the settings' levels, and stops the server: the rows with their ratios
 * to GET /api/health, the health rows, and the server's memory.
 */
export async function measureEndpointsAndStop(
  server: ServerHandle,
  endpoints: readonly MeasuredEndpoint[],
  settings: CommonSettings,
  options: { readonly maxRequests: number; readonly log: (line: string) => void },
) {
  await runLoad({
    target: server.target,
    concurrency: 8,
    durationMs: settings.quick ? 2_000 : 6_000,
    warmupMs: 0,
    maxRequests: options.maxRequests,
    request: (i): RequestSpec => (endpoints[i % endpoints.length] ?? endpoints[0]!).request(i),
  });
  const rows = await measureEndpoints(server.target, endpoints, {
    levels: settings.concurrency,
    durationSeconds: settings.durationSeconds,
    warmupSeconds: settings.warmupSeconds,
    log: options.log,
  });
  const memory = server.memory();
  await server.stop();
  const health = rows.filter((r) => r.path === '/api/health');
  return { results: withHealthRatios(rows, health), health, memory };
}
