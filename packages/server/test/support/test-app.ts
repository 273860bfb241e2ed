/**
 * Boots the real app in process against a real, migrated database: PGlite in memory, or
 * the PostgreSQL named by TEST_DATABASE_URL. One database per test file; every test makes
 * its own organisations and users through the factories, so tests never share records.
 */
import { afterAll, beforeAll } from 'vitest';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { loadConfig, type AppConfig } from '../../src/config/config';
import { openDatabase, type DatabaseHandle, type Db } from '../../src/database/connection';
import { migrateToLatest } from '../../src/database/migrator';
import { buildApp } from '../../src/app';
import { useAuditKeys } from '../../src/audit/audit-keys';

export interface TestApp {
  readonly app: FastifyInstance;
  readonly db: Db;
  readonly database: DatabaseHandle;
  readonly config: AppConfig;
  close(): Promise<void>;
}

export function testDatabaseUrl(): string {
  return process.env.HJEMVEJ_TEST_DATABASE_URL ?? 'pglite://memory';
}

/**
 * One audit key for every test process: test files share the PostgreSQL test database, so their
 * events must verify with the same key. Only for tests; never a real installation's key.
 */
export const testAuditKeys = `test-key:${Buffer.alloc(32, 42).toString('base64url')}`;

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadConfig({
    DATABASE_URL: testDatabaseUrl(),
    WEB_DIST_DIR: '',
    SEED_DEMO: 'false',
    AUDIT_KEYS: testAuditKeys,
    ...env,
  });
  useAuditKeys(config.audit);
  const database = await openDatabase(config.database, { poolSize: 4 });
  await migrateToLatest(database.db);
  const app = await buildApp({ config, database, logger: false });
  await app.ready();
  return {
    app,
    db: database.db,
    database,
    config,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/**
 * The test file's app: started before its tests (a `beforeAll` registered first, so the file's own
 * set-up runs after it) and closed after them. Read its fields inside tests and hooks only.
 */
export function useTestApp(env: Record<string, string> = {}): TestApp {
  let started: TestApp | undefined;
  beforeAll(async () => {
    started = await createTestApp(env);
  });
  afterAll(() => started?.close());
  const current = (): TestApp => {
    if (!started) throw new Error('the test app starts in beforeAll: use it inside a test or a hook');
    return started;
  };
  return {
    get app() {
      return current().app;
    },
    get db() {
      return current().db;
    },
    get database() {
      return current().database;
    },
    get config() {
      return current().config;
    },
    close: () => current().close(),
  };
}

/** A signed-in browser: its cookie and CSRF token, sent with every request. */
export interface Session {
  readonly cookie: string;
  readonly csrfToken: string;
  readonly userId: string;
}

export async function signIn(
  app: FastifyInstance,
  email: string,
  password: string,
  options: { remoteAddress?: string } = {},
): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password }, ...options });
  if (response.statusCode !== 200) throw new Error(`sign-in as ${email} failed: ${response.statusCode} ${response.body}`);
  const setCookie = response.cookies.find((c) => c.name === 'hjemvej_session');
  if (!setCookie) throw new Error('no session cookie');
  const body = response.json<{ csrfToken: string; user: { id: string } }>();
  return { cookie: `hjemvej_session=${setCookie.value}`, csrfToken: body.csrfToken, userId: body.user.id };
}

export type SignInAs = (user: { readonly email: string; readonly password: string }) => Promise<Session>;

/**
 * Signs in each user from an address of its own in `10.<network>.*` (a network per test file): a
 * file that signs in more often than the per-address limit allows in a minute (30) uses it.
 */
export function signInFromOwnAddresses(t: Pick<TestApp, 'app'>, network: number): SignInAs {
  let address = 0;
  return (user) => {
    address += 1;
    return signIn(t.app, user.email, user.password, {
      remoteAddress: `10.${network}.${Math.floor(address / 250)}.${address % 250}`,
    });
  };
}

/** The body of a refusal (400, 409, 422): its code and message, and the fields it names. */
export type RefusalBody = { error: { code: string; message: string; fields: { path: string; message: string }[] } };

/** Signs in as a user made by the factories. */
export function signInAs(app: FastifyInstance, user: { readonly email: string; readonly password: string }): Promise<Session> {
  return signIn(app, user.email, user.password);
}

export function call(
  app: FastifyInstance,
  session: Session | null,
  options: InjectOptions & { method: InjectOptions['method']; url: string },
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { ...(options.headers as Record<string, string> | undefined) };
  if (session) {
    headers.cookie = session.cookie;
    headers['x-csrf-token'] ??= session.csrfToken;
  }
  return app.inject({ ...options, headers });
}
