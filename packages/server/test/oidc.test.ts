/**
 * OpenID Connect sign-in against a real provider: oidc-provider runs on a loopback port
 * inside the test. The app's /start is injected, the test plays the browser through the
 * provider's own login and consent pages over real HTTP, and the provider's redirect back
 * is injected into the app's /callback together with the state cookie.
 */
import { generateKeyPairSync, randomUUID, type JsonWebKey } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createUser, type TestUser } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';
import { auditEvents } from './support/audit-events';

const clientId = 'hjemvej-test';
const clientSecret = 'a-long-client-secret-only-for-this-test';
const redirectUri = 'http://localhost/api/auth/oidc/callback';
const label = 'Test-IdP';
const flowCookieName = 'hjemvej_oidc_flow';
const sessionCookieName = 'hjemvej_session';

// ---------------------------------------------------------------------------------------
// The provider

/** The provider's user directory; tests add and change accounts as they go. */
interface ProviderAccount {
  email: string;
  email_verified?: boolean;
}
const accounts = new Map<string, ProviderAccount>();

/** The part of oidc-provider's API this test uses. */
interface ProviderAccountModel {
  readonly accountId: string;
  claims(): Promise<Record<string, unknown>>;
}
interface ProviderConfiguration {
  readonly clients: readonly Record<string, unknown>[];
  readonly pkce: { required(): boolean };
  readonly claims: Record<string, string[]>;
  readonly cookies: { keys: string[] };
  readonly features: { devInteractions: { enabled: boolean } };
  readonly jwks: { keys: JsonWebKey[] };
  readonly ttl: Record<string, number>;
  findAccount(context: unknown, sub: string): Promise<ProviderAccountModel | undefined>;
}
type ProviderClass = new (issuer: string, configuration: ProviderConfiguration) => { callback(): http.RequestListener };

/**
 * oidc-provider ships no TypeScript declarations (they are in @types/oidc-provider, which
 * the project does not install); importing it by a name held in a variable keeps tsc from
 * asking for them, and ProviderClass states what the test relies on.
 */
async function loadProviderClass(): Promise<ProviderClass> {
  const moduleName = 'oidc-provider';
  const loaded = (await import(moduleName)) as { Provider: ProviderClass };
  return loaded.Provider;
}

const providerConfiguration: ProviderConfiguration = {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  pkce: { required: () => true },
  claims: { openid: ['sub'], email: ['email', 'email_verified'] },
  cookies: { keys: ['cookie-signing-key-only-for-this-test'] },
  features: { devInteractions: { enabled: true } },
  // Its own signing key and lifetimes, so the provider does not fall back to (and warn about) its quick-start defaults.
  jwks: { keys: [generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' })] },
  ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
  async findAccount(_context, sub) {
    const account = accounts.get(sub);
    if (!account) return undefined;
    return { accountId: sub, claims: async () => ({ sub, ...accounts.get(sub) }) };
  },
};

interface RunningProvider {
  readonly issuer: string;
  close(): Promise<void>;
}

/** Listens first, so the issuer URL can carry the ephemeral port the provider must know. */
async function startProvider(): Promise<RunningProvider> {
  const Provider = await loadProviderClass();
  let listener: http.RequestListener = (_request, response) => response.writeHead(503).end();
  const server = http.createServer((request, response) => listener(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  listener = new Provider(issuer, providerConfiguration).callback();
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

// ---------------------------------------------------------------------------------------
// The browser at the provider

class CookieJar {
  readonly #cookies = new Map<string, string>();

  header(): string {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      if (value === '' || attributes.some(isExpiry)) this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }
}

function isExpiry(attribute: string): boolean {
  const [key = '', value = ''] = attribute.split('=').map((part) => part.trim());
  if (key.toLowerCase() === 'max-age') return Number(value) <= 0;
  if (key.toLowerCase() === 'expires') return Date.parse(value) <= Date.now();
  return false;
}

async function browse(jar: CookieJar, url: URL, form?: URLSearchParams): Promise<Response> {
  const response = await fetch(url, {
    method: form ? 'POST' : 'GET',
    redirect: 'manual',
    headers: { cookie: jar.header() },
    ...(form ? { body: form } : {}),
  });
  jar.store(response);
  return response;
}

/** devInteractions renders a form whose hidden "prompt" says which step it is (login or consent). */
function readInteractionForm(html: string): { action: string; prompt: string } {
  const action = /<form[^>]*\baction="([^"]+)"/.exec(html)?.[1];
  const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
  if (!action || !prompt) throw new Error(`no interaction form in the provider's page: ${html.slice(0, 500)}`);
  return { action: action.replaceAll('&amp;', '&'), prompt };
}

/**
 * Plays a fresh browser at the provider: follows its redirects, signs in as `login`,
 * consents, and returns the URL the provider finally sends the browser back to.
 */
async function authorizeAtProvider(authorizationUrl: string, login: string): Promise<URL> {
  const jar = new CookieJar();
  let url = new URL(authorizationUrl);
  let response = await browse(jar, url);
  for (let step = 0; step < 12; step += 1) {
    const location = response.headers.get('location');
    if (location !== null) {
      url = new URL(location, url);
      if (url.href.startsWith(`${redirectUri}?`)) return url;
      response = await browse(jar, url);
    } else if (response.status === 200) {
      const form = readInteractionForm(await response.text());
      url = new URL(form.action, url);
      const fields: Record<string, string> =
        form.prompt === 'login' ? { prompt: 'login', login, password: 'anything' } : { prompt: form.prompt };
      response = await browse(jar, url, new URLSearchParams(fields));
    } else {
      throw new Error(`the provider answered ${response.status} at ${url.href}: ${await response.text()}`);
    }
  }
  throw new Error('the provider never sent the browser back');
}

// ---------------------------------------------------------------------------------------
// The app

let provider: RunningProvider;
let t: TestApp;

beforeAll(async () => {
  provider = await startProvider();
  t = await createTestApp({
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: clientId,
    OIDC_CLIENT_SECRET: clientSecret,
    OIDC_REDIRECT_URI: redirectUri,
    OIDC_LABEL: label,
    OIDC_ALLOW_INSECURE: 'true',
  });
});
afterAll(async () => {
  await t?.close();
  await provider?.close();
});

interface StartedSignIn {
  readonly authorizationUrl: string;
  readonly flowCookie: string;
}

async function startSignIn(): Promise<StartedSignIn> {
  const response = await t.app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
  expect(response.statusCode, response.body).toBe(302);
  const flowCookie = response.cookies.find((cookie) => cookie.name === flowCookieName)?.value;
  if (!flowCookie) throw new Error('no state cookie from /start');
  return { authorizationUrl: String(response.headers.location), flowCookie };
}

function finishSignIn(callback: URL, cookies: Record<string, string>): Promise<LightMyRequestResponse> {
  return t.app.inject({ method: 'GET', url: `${callback.pathname}${callback.search}`, cookies });
}

/** The whole round trip as `login`; `sessionCookie` is a session the browser already had. */
async function signInAs(login: string, sessionCookie?: string): Promise<LightMyRequestResponse> {
  const started = await startSignIn();
  const callback = await authorizeAtProvider(started.authorizationUrl, login);
  return finishSignIn(callback, {
    [flowCookieName]: started.flowCookie,
    ...(sessionCookie ? { [sessionCookieName]: sessionCookie } : {}),
  });
}

function sessionCookieOf(response: LightMyRequestResponse): string | undefined {
  return response.cookies.find((cookie) => cookie.name === sessionCookieName)?.value;
}

async function signedInUserId(sessionCookie: string): Promise<string | null> {
  const response = await t.app.inject({
    method: 'GET',
    url: '/api/auth/session',
    cookies: { [sessionCookieName]: sessionCookie },
  });
  return response.json<{ user: { id: string } | null }>().user?.id ?? null;
}

async function linkedIdentityOf(userId: string) {
  return t.db
    .selectFrom('users')
    .select(['oidc_issuer', 'oidc_subject', 'last_sign_in_at'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
}

async function refusalsOf(subject: string) {
  return t.db
    .selectFrom('audit_events')
    .select(['action', 'outcome', 'subject_id', 'changes'])
    .where('action', '=', 'auth.sign_in_failed')
    .where(sql<string>`changes->>'subject'`, '=', subject)
    .execute();
}

/** A fresh provider account (unique subject) and, unless told otherwise, no Hjemvej user. */
function newAccount(account: ProviderAccount): string {
  const subject = `sub-${randomUUID()}`;
  accounts.set(subject, account);
  return subject;
}

async function newUser(overrides: { isActive?: boolean } = {}): Promise<TestUser> {
  const organisation = await createOrganisation(t.db);
  return createUser(t.db, organisation.id, overrides);
}

// ---------------------------------------------------------------------------------------

describe('OpenID Connect sign-in', () => {
  it('is announced by the session endpoint with its label', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/auth/session' });
    expect(response.json<{ oidc: unknown }>().oidc).toEqual({ enabled: true, label });
  });

  it('starts with a redirect to the provider using PKCE, state and nonce, kept in a short-lived HttpOnly cookie', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
    expect(response.statusCode).toBe(302);
    const location = new URL(String(response.headers.location));
    expect(location.origin).toBe(provider.issuer);
    const params = Object.fromEntries(location.searchParams);
    expect(params).toMatchObject({
      response_type: 'code',
      client_id: clientId,
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      code_challenge_method: 'S256',
    });
    expect(params.code_challenge).toMatch(/^[\w-]{43}$/);
    expect(params.state).toMatch(/^[\w-]{32,}$/);
    expect(params.nonce).toMatch(/^[\w-]{32,}$/);
    const cookie = response.cookies.find((c) => c.name === flowCookieName);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/auth/oidc', maxAge: 600 });
  });

  it('signs in the user with the same e-mail, links the identity and audits it', async () => {
    const user = await newUser();
    // Providers may spell the address differently; Hjemvej stores it lower-cased.
    const subject = newAccount({ email: user.email.toUpperCase(), email_verified: true });

    const response = await signInAs(subject);

    expect(response.statusCode, response.body).toBe(302);
    expect(response.headers.location).toBe('/');
    const sessionCookie = sessionCookieOf(response);
    expect(sessionCookie).toBeDefined();
    expect(await signedInUserId(sessionCookie!)).toBe(user.id);
    const linked = await linkedIdentityOf(user.id);
    expect(linked).toMatchObject({ oidc_issuer: provider.issuer, oidc_subject: subject });
    expect(linked.last_sign_in_at).toBeInstanceOf(Date);
    const flowCookie = response.cookies.find((c) => c.name === flowCookieName);
    expect(flowCookie?.value).toBe('');
    const audit = await auditEvents(t.db, { action: 'auth.sign_in', subjectId: user.id }, ['outcome', 'changes']);
    expect(audit).toEqual([{ outcome: 'ok', changes: { method: 'oidc', issuer: provider.issuer, linked: true } }]);
  });

  it('finds a linked user by subject the next time, even after the e-mail changed at the provider, and ends the old session', async () => {
    const user = await newUser();
    const subject = newAccount({ email: user.email });
    const first = sessionCookieOf(await signInAs(subject));
    expect(await signedInUserId(first!)).toBe(user.id);

    accounts.set(subject, { email: `moved-${randomUUID()}@elsewhere.example` });
    const second = await signInAs(subject, first);

    expect(second.headers.location).toBe('/');
    const secondCookie = sessionCookieOf(second);
    expect(secondCookie).not.toBe(first);
    expect(await signedInUserId(secondCookie!)).toBe(user.id);
    expect(await signedInUserId(first!)).toBeNull();
  });

  it('refuses an identity whose e-mail matches no user, and audits the refusal', async () => {
    const subject = newAccount({ email: `nobody-${randomUUID()}@test.hjemvej.dk`, email_verified: true });

    const response = await signInAs(subject);

    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/sign-in?error=oidc_no_user');
    expect(sessionCookieOf(response)).toBeUndefined();
    const refusals = await refusalsOf(subject);
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatchObject({
      action: 'auth.sign_in_failed',
      outcome: 'refused',
      subject_id: null,
      changes: { method: 'oidc', issuer: provider.issuer, subject, reason: 'unknown_identity' },
    });
  });

  it('never moves a user already linked to one identity to another identity with the same e-mail', async () => {
    const user = await newUser();
    const owner = newAccount({ email: user.email });
    expect((await signInAs(owner)).headers.location).toBe('/');
    const impostor = newAccount({ email: user.email, email_verified: true });

    const response = await signInAs(impostor);

    expect(response.headers.location).toBe('/sign-in?error=oidc_no_user');
    expect(sessionCookieOf(response)).toBeUndefined();
    expect((await linkedIdentityOf(user.id)).oidc_subject).toBe(owner);
    expect(await refusalsOf(impostor)).toMatchObject([{ subject_id: null, changes: { reason: 'unknown_identity' } }]);
  });

  it('refuses a deactivated user and does not link them', async () => {
    const user = await newUser({ isActive: false });
    const subject = newAccount({ email: user.email });

    const response = await signInAs(subject);

    expect(response.headers.location).toBe('/sign-in?error=oidc_no_user');
    expect(sessionCookieOf(response)).toBeUndefined();
    expect((await linkedIdentityOf(user.id)).oidc_subject).toBeNull();
    expect(await refusalsOf(subject)).toMatchObject([
      { outcome: 'refused', subject_id: user.id, changes: { method: 'oidc', reason: 'inactive' } },
    ]);
  });

  it('does not link a user by an e-mail the provider says is unverified', async () => {
    const user = await newUser();
    const subject = newAccount({ email: user.email, email_verified: false });

    const response = await signInAs(subject);

    expect(response.headers.location).toBe('/sign-in?error=oidc_no_user');
    expect((await linkedIdentityOf(user.id)).oidc_subject).toBeNull();
    expect(await refusalsOf(subject)).toMatchObject([{ changes: { reason: 'email_unverified' } }]);
  });

  it('rejects a tampered state without spending the code, so the genuine answer still signs in', async () => {
    const user = await newUser();
    const subject = newAccount({ email: user.email });
    const started = await startSignIn();
    const callback = await authorizeAtProvider(started.authorizationUrl, subject);
    const tampered = new URL(callback);
    tampered.searchParams.set('state', `${callback.searchParams.get('state')}x`);

    const refused = await finishSignIn(tampered, { [flowCookieName]: started.flowCookie });
    expect(refused.statusCode).toBe(302);
    expect(refused.headers.location).toBe('/sign-in?error=oidc_failed');
    expect(sessionCookieOf(refused)).toBeUndefined();
    expect((await linkedIdentityOf(user.id)).oidc_subject).toBeNull();

    const genuine = await finishSignIn(callback, { [flowCookieName]: started.flowCookie });
    expect(genuine.headers.location).toBe('/');
    expect(await signedInUserId(sessionCookieOf(genuine)!)).toBe(user.id);
  });

  it('fails cleanly without the state cookie, with a garbled one, and when the provider reports an error', async () => {
    const user = await newUser();
    const subject = newAccount({ email: user.email });
    const started = await startSignIn();
    const callback = await authorizeAtProvider(started.authorizationUrl, subject);
    const state = callback.searchParams.get('state') ?? '';

    const attempts = [
      await finishSignIn(callback, {}),
      await finishSignIn(callback, { [flowCookieName]: 'not-a-flow' }),
      await finishSignIn(new URL(`${redirectUri}?error=access_denied&state=${state}`), { [flowCookieName]: started.flowCookie }),
    ];
    for (const response of attempts) {
      expect(response.statusCode).toBe(302);
      expect(response.headers.location).toBe('/sign-in?error=oidc_failed');
      expect(sessionCookieOf(response)).toBeUndefined();
    }
  });
});

describe('OpenID Connect when not configured', () => {
  let plain: TestApp;
  beforeAll(async () => {
    plain = await createTestApp();
  });
  afterAll(() => plain?.close());

  it('answers 404 oidc_not_configured and is not announced', async () => {
    for (const url of ['/api/auth/oidc/start', '/api/auth/oidc/callback?code=x&state=y']) {
      const response = await plain.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(404);
      expect(response.json<{ error: { code: string } }>().error.code).toBe('oidc_not_configured');
    }
    const session = await plain.app.inject({ method: 'GET', url: '/api/auth/session' });
    expect(session.json<{ oidc: unknown }>().oidc).toEqual({ enabled: false, label: '' });
  });
});
