import { beforeAll, describe, expect, it } from 'vitest';
import { call, signInAs, useTestApp } from './support/test-app';
import { createOrganisation, createUser } from './support/factories';
import { auditEvents } from './support/audit-events';

const t = useTestApp();
let organisationId: string;

beforeAll(async () => {
  organisationId = (await createOrganisation(t.db)).id;
});

async function auditActions(userId: string): Promise<string[]> {
  const rows = await auditEvents(t.db, { subjectId: userId }, ['action']);
  return rows.map((r) => r.action);
}

describe('sign-in', () => {
  it('signs in with the right password: HttpOnly, SameSite cookie (not Secure on localhost) and an audit event', async () => {
    const user = await createUser(t.db, organisationId);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: user.email.toUpperCase(), password: user.password },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'hjemvej_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(cookie?.secure).toBeFalsy();
    expect(response.json<{ user: { id: string; permissions: string[] } }>().user.id).toBe(user.id);
    expect(await auditActions(user.id)).toContain('auth.sign_in');
  });

  it('marks the cookie Secure when served under a real host name', async () => {
    const user = await createUser(t.db, organisationId);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { host: 'hjemvej.kommune.dk' },
      payload: { email: user.email, password: user.password },
    });
    expect(response.cookies.find((c) => c.name === 'hjemvej_session')?.secure).toBe(true);
  });

  it('answers a wrong password and an unknown e-mail alike, in Danish by default and English on request', async () => {
    const user = await createUser(t.db, organisationId);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: user.email, password: 'forkert-kode' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'ingen@nowhere.dk', password: 'forkert-kode' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json<{ error: { message: string } }>().error.message).toBe('E-mail eller adgangskode er forkert.');
    const english = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
      payload: { email: user.email, password: 'wrong-password' },
    });
    expect(english.json<{ error: { message: string } }>().error.message).toBe('E-mail or password is wrong.');
    expect(await auditActions(user.id)).toEqual(['auth.sign_in_failed', 'auth.sign_in_failed']);
  });

  it('slows repeated failures, then locks the account for a while, even for the right password', async () => {
    const user = await createUser(t.db, organisationId);
    const attempt = (password: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email, password } });
    const timings: number[] = [];
    for (let i = 1; i <= 4; i += 1) {
      const started = Date.now();
      expect((await attempt(`wrong-${i}`)).statusCode).toBe(401);
      timings.push(Date.now() - started);
    }
    // The fourth failure is held back (policy: 500 ms per failure beyond three).
    expect(timings[3]).toBeGreaterThanOrEqual(450);
    const fifth = await attempt('wrong-5');
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json<{ error: { code: string; retryAfterSeconds: number } }>().error).toMatchObject({ code: 'locked' });
    expect(fifth.headers['retry-after']).toBeDefined();
    const right = await attempt(user.password);
    expect(right.statusCode).toBe(429);
    expect(right.json<{ error: { message: string } }>().error.message).toMatch(/låst i 15 minutter/);
    expect(await auditActions(user.id)).toContain('auth.sign_in_locked');
    // When the lock has run out, the right password works again.
    await t.db
      .updateTable('sign_in_throttle')
      .set({ locked_until: new Date(Date.now() - 1000) })
      .where('key', '=', user.email)
      .execute();
    expect((await attempt(user.password)).statusCode).toBe(200);
  });

  it('answers a deactivated user who types the right password exactly as a wrong password', async () => {
    const user = await createUser(t.db, organisationId, { isActive: false });
    const signInWith = (password: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email, password } });
    const wrong = await signInWith('not-the-password');
    const right = await signInWith(user.password);
    expect(right.statusCode).toBe(401);
    expect(right.statusCode).toBe(wrong.statusCode);
    expect(right.json()).toEqual(wrong.json());
    expect(right.cookies.find((c) => c.name === 'hjemvej_session')).toBeUndefined();
    // Only the audit log tells why: the right password of a closed account.
    const events = await auditEvents(t.db, { subjectId: user.id }, ['action', 'outcome', 'changes']);
    expect(events.map((e) => [e.action, e.outcome])).toEqual([
      ['auth.sign_in_failed', 'failed'],
      ['auth.sign_in_failed', 'refused'],
    ]);
    expect(events[1]?.changes).toMatchObject({ reason: 'inactive', failures: 2 });
  });

  it('validates the sign-in body, naming the field', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'ikke-en-mail', password: '' },
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json<{ error: { fields: { path: string; message: string }[] } }>().error.fields;
    expect(fields.map((f) => f.path).sort()).toEqual(['email', 'password']);
    expect(fields.find((f) => f.path === 'email')?.message).toBe('Skriv en gyldig e-mailadresse.');
  });
});

describe('sessions', () => {
  it('rotates the session at sign-in: the old cookie stops working', async () => {
    const user = await createUser(t.db, organisationId);
    const first = await signInAs(t.app, user);
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { cookie: first.cookie },
      payload: { email: user.email, password: user.password },
    });
    expect(second.statusCode).toBe(200);
    const old = await call(t.app, first, { method: 'GET', url: '/api/auth/session' });
    expect(old.json<{ user: unknown }>().user).toBeNull();
  });

  it('ends a session after the idle timeout and after the absolute timeout', async () => {
    const user = await createUser(t.db, organisationId);
    const idle = await signInAs(t.app, user);
    await t.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(Date.now() - 31 * 60_000) })
      .where('user_id', '=', user.id)
      .execute();
    expect((await call(t.app, idle, { method: 'GET', url: '/api/home' })).statusCode).toBe(401);

    const absolute = await signInAs(t.app, user);
    expect((await call(t.app, absolute, { method: 'GET', url: '/api/home' })).statusCode).toBe(200);
    await t.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('user_id', '=', user.id)
      .execute();
    const expired = await call(t.app, absolute, { method: 'GET', url: '/api/home' });
    expect(expired.statusCode).toBe(401);
    expect(expired.json<{ error: { code: string } }>().error.code).toBe('unauthorized');
  });

  it('signs out: the session is gone from the database and the cookie is cleared', async () => {
    const user = await createUser(t.db, organisationId);
    const session = await signInAs(t.app, user);
    const response = await call(t.app, session, { method: 'POST', url: '/api/auth/sign-out' });
    expect(response.statusCode).toBe(204);
    expect(response.cookies.find((c) => c.name === 'hjemvej_session')?.value).toBe('');
    const rows = await t.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute();
    expect(rows).toHaveLength(0);
    expect(await auditActions(user.id)).toContain('auth.sign_out');
  });

  it('requires the CSRF token on state-changing requests', async () => {
    const user = await createUser(t.db, organisationId);
    const session = await signInAs(t.app, user);
    const missing = await t.app.inject({
      method: 'PUT',
      url: '/api/me/preferences',
      headers: { cookie: session.cookie },
      payload: { locale: 'en' },
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json<{ error: { code: string } }>().error.code).toBe('csrf_failed');
    const wrong = await call(t.app, session, {
      method: 'PUT',
      url: '/api/me/preferences',
      headers: { 'x-csrf-token': 'x'.repeat(43) },
      payload: { locale: 'en' },
    });
    expect(wrong.statusCode).toBe(403);
    const right = await call(t.app, session, { method: 'PUT', url: '/api/me/preferences', payload: { locale: 'en' } });
    expect(right.statusCode).toBe(204);
    const crossSite = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { origin: 'https://evil.example' },
      payload: { email: user.email, password: user.password },
    });
    expect(crossSite.statusCode).toBe(403);
  });

  it('remembers the language and answers in it when the browser does not say', async () => {
    const user = await createUser(t.db, organisationId);
    const session = await signInAs(t.app, user);
    await call(t.app, session, { method: 'PUT', url: '/api/me/preferences', payload: { locale: 'en' } });
    const me = await call(t.app, session, { method: 'GET', url: '/api/auth/session' });
    expect(me.json<{ user: { locale: string } }>().user.locale).toBe('en');
    const notFound = await call(t.app, session, { method: 'GET', url: '/api/users/00000000-0000-4000-8000-000000000000' });
    expect(notFound.statusCode).toBe(404);
    expect(notFound.json<{ error: { message: string } }>().error.message).toBe(
      'Does not exist, or you do not have access to it.',
    );
    const forbidden = await call(t.app, session, { method: 'POST', url: '/api/units', payload: { name: 'x', kind: 'other' } });
    expect(forbidden.json<{ error: { message: string } }>().error.message).toBe('Your role does not give access to this.');
  });
});
