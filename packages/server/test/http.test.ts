import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, type Session, type TestApp } from './support/test-app';
import { signedInAdministrator } from './support/scenarios';

let t: TestApp;
let admin: Session;

beforeAll(async () => {
  t = await createTestApp();
  ({ adminSession: admin } = await signedInAdministrator(t));
});
afterAll(() => t.close());

/** The administrator posts a unit: `payload` as JSON unless a content type says otherwise. */
function postUnit(payload: string | Record<string, unknown>, contentType?: string) {
  const headers = contentType ? { 'content-type': contentType } : {};
  return call(t.app, admin, { method: 'POST', url: '/api/units', payload, headers });
}

describe('HTTP behaviour', () => {
  it('health says which kind of database answers, never where it lives', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ status: string; database: Record<string, unknown> }>();
    expect(body.status).toBe('ok');
    expect(body.database).toEqual({ kind: t.database.target.kind, answers: true });
    const target = t.database.target;
    const location = target.kind === 'pglite' ? (target.dataDir ?? 'memory') : new URL(target.connectionString).hostname;
    expect(response.body).not.toContain(location);
  });

  it('serves the OpenAPI document generated from the route schemas, and a browsable reference', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      openapi: string;
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    }>();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/users', '/api/users/{id}', '/api/auth/sign-in', '/api/audit-events']),
    );
    expect(Object.keys(doc.paths['/api/users']?.post?.responses ?? {})).toEqual(expect.arrayContaining(['201', '400', '403']));
    const ui = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect([200, 302]).toContain(ui.statusCode);
    // The reference pages may not be framed either, not even by the same origin.
    for (const url of ['/api/docs', '/api/docs/static/index.html']) {
      const csp = (await t.app.inject({ method: 'GET', url })).headers['content-security-policy'];
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("frame-ancestors 'self'");
    }
  });

  it('sends security headers and no-store on API answers', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });

  it('answers unknown routes, wrong methods, malformed JSON, wrong content type and oversized bodies with clean 4xx', async () => {
    const unknown = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json<{ error: { code: string } }>().error.code).toBe('unknown_route');
    const wrongMethod = await call(t.app, admin, { method: 'DELETE', url: '/api/health' });
    expect(wrongMethod.statusCode).toBe(404);
    const malformed = await postUnit('{"name": ', 'application/json');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json<{ error: { code: string } }>().error.code).toBe('malformed_json');
    const wrongType = await postUnit('hello', 'text/plain');
    expect(wrongType.statusCode).toBe(415);
    const huge = await postUnit({ name: 'x'.repeat(400_000), kind: 'other' });
    expect(huge.statusCode).toBe(413);
    for (const response of [unknown, wrongMethod, malformed, wrongType, huge]) {
      expect(response.body).not.toMatch(/at .*\.ts:\d+/); // no stack traces
    }
  });

  it('names every missing or wrong field in the user’s language', async () => {
    const response = await postUnit({ kind: 'planet' });
    expect(response.statusCode).toBe(400);
    const fields = response.json<{ error: { fields: { path: string; message: string }[] } }>().error.fields;
    expect(fields).toEqual(
      expect.arrayContaining([
        { path: 'name', message: 'Skal udfyldes.' },
        expect.objectContaining({
          path: 'kind',
          message: expect.stringMatching(/^Vælg en af de mulige værdier: myndighed/) as unknown as string,
        }),
      ]),
    );
  });

  it('serves the web app, with deep links answered by index.html and API misses by JSON', async () => {
    const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hjemvej-web-'));
    fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Hjemvej</title>');
    const withWeb = await createTestApp({ WEB_DIST_DIR: webDir });
    try {
      for (const url of ['/', '/users', '/audit?from=2026-01-01']) {
        const page = await withWeb.app.inject({ method: 'GET', url });
        expect(page.statusCode, url).toBe(200);
        expect(page.headers['content-type']).toMatch(/text\/html/);
        expect(page.body).toContain('<title>Hjemvej</title>');
      }
      const apiMiss = await withWeb.app.inject({ method: 'GET', url: '/api/nothing' });
      expect(apiMiss.statusCode).toBe(404);
      expect(apiMiss.json<{ error: { code: string } }>().error.code).toBe('unknown_route');
    } finally {
      await withWeb.close();
      fs.rmSync(webDir, { recursive: true, force: true });
    }
  });

  it('asks to sign in on secured routes without a session', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/users', headers: { 'accept-language': 'en' } });
    expect(response.statusCode).toBe(401);
    expect(response.json<{ error: { message: string } }>().error.message).toMatch(/not signed in/);
  });
});
