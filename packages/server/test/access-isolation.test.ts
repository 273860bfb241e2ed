/**
 * Every route that reads or changes data is probed by a user of ANOTHER municipality.
 * Item routes must answer 404, exactly like a record that does not exist; collection
 * routes 403 or an answer without any of the other municipality's data. A new route
 * without a probe here makes this suite fail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { call, createTestApp, signIn, type Session, type TestApp } from './support/test-app';
import { createMunicipalityWithStaff, createUser } from './support/factories';

type Owner = Awaited<ReturnType<typeof createMunicipalityWithStaff>>;
type Probe = (owner: Owner) => Omit<InjectOptions, 'method'> & { url: string };

/** Routes anyone may call; each with the reason it needs no scope. */
const publicRoutes: Record<string, string> = {
  'GET /api/health': 'no data',
  'GET /api/openapi.json': 'API description only',
  'GET /api/auth/session': 'the caller’s own session',
  'POST /api/auth/sign-in': 'signing in',
  'POST /api/auth/sign-out': 'ends the caller’s own session',
  'GET /api/auth/oidc/start': 'redirect to the identity provider',
  'GET /api/auth/oidc/callback': 'return from the identity provider',
};

/** Item routes: addressed at the owner's records, they must answer 404 to a stranger. */
const itemProbes: Record<string, Probe> = {
  'GET /api/users/:id': (o) => ({ url: `/api/users/${o.caseworker.id}` }),
  'PATCH /api/users/:id': (o) => ({ url: `/api/users/${o.caseworker.id}`, payload: { displayName: 'Overtaget' } }),
  'POST /api/users/:id/password': (o) => ({ url: `/api/users/${o.caseworker.id}/password`, payload: { password: 'en-helt-ny-adgangskode' } }),
  'PATCH /api/units/:id': (o) => ({ url: `/api/units/${o.unit.id}`, payload: { name: 'Overtaget' } }),
  'PATCH /api/partners/:id': (o) => ({ url: `/api/partners/${o.partner.id}`, payload: { name: 'Overtaget' } }),
  'DELETE /api/partners/:id': (o) => ({ url: `/api/partners/${o.partner.id}` }),
};

/** Collection routes: scoped to the caller; the owner's records must not appear. */
const collectionProbes: Record<string, Probe> = {
  'GET /api/users': () => ({ url: '/api/users' }),
  'POST /api/users': (o) => ({
    url: '/api/users',
    payload: { displayName: 'Indtrænger', email: `ny.${o.unit.id.slice(0, 6)}@test.hjemvej.dk`, role: 'caseworker', unitIds: [o.unit.id], password: 'lang-nok-adgangskode' },
  }),
  'GET /api/roles': () => ({ url: '/api/roles' }),
  'GET /api/organisation': () => ({ url: '/api/organisation' }),
  'GET /api/units': () => ({ url: '/api/units' }),
  'POST /api/units': () => ({ url: '/api/units', payload: { name: 'Egen enhed', kind: 'other' } }),
  'GET /api/partners': () => ({ url: '/api/partners' }),
  'POST /api/partners': () => ({ url: '/api/partners', payload: { name: 'Egen partner', kind: 'partner', partnerType: 'ngo' } }),
  'GET /api/audit-events': (o) => ({ url: `/api/audit-events?userId=${o.caseworker.id}` }),
  'GET /api/home': () => ({ url: '/api/home' }),
  'PUT /api/me/preferences': () => ({ url: '/api/me/preferences', payload: { locale: 'en' } }),
};

let t: TestApp;
let owner: Owner;
let stranger: Session;
let strangerAdmin: Session;

beforeAll(async () => {
  t = await createTestApp();
  owner = await createMunicipalityWithStaff(t.db);
  const other = await createMunicipalityWithStaff(t.db);
  stranger = await signIn(t.app, other.caseworker.email, other.caseworker.password);
  strangerAdmin = await signIn(t.app, other.admin.email, other.admin.password);
  // Make sure the owner has audit events a stranger could try to see.
  await signIn(t.app, owner.caseworker.email, owner.caseworker.password);
});
afterAll(() => t.close());

function key(method: string, url: string): string {
  return `${method} ${url}`;
}

function ownerFingerprints(o: Owner): string[] {
  return [o.organisation.id, o.organisation.name, o.unit.id, o.admin.id, o.admin.email, o.caseworker.id, o.caseworker.email, o.partner.id, o.partner.name];
}

describe('access isolation between municipalities', () => {
  it('every API route is public with a reason, or has a cross-municipality probe', () => {
    const apiRoutes = t.app.routeCatalogue.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'));
    expect(apiRoutes.length).toBeGreaterThan(15);
    const unprobed = apiRoutes
      .map((r) => key(r.method, r.url))
      .filter((k) => !(k in publicRoutes) && !(k in itemProbes) && !(k in collectionProbes));
    expect(unprobed, 'routes without an isolation probe: add them to access-isolation.test.ts').toEqual([]);
    const unsecured = apiRoutes.filter((r) => !r.isSecured && !(key(r.method, r.url) in publicRoutes));
    expect(unsecured, 'routes outside the secured pipeline that are not declared public').toEqual([]);
    const publicWithoutReason = apiRoutes.filter((r) => !r.isSecured && !r.isPublic && r.url !== '/api/openapi.json');
    expect(publicWithoutReason).toEqual([]);
  });

  for (const [routeKey, probe] of Object.entries(itemProbes)) {
    it(`${routeKey}: a stranger gets 404, like a record that does not exist`, async () => {
      const [method, url] = routeKey.split(' ') as [InjectOptions['method'], string];
      const options = probe(owner);
      for (const session of [stranger, strangerAdmin]) {
        const response = await call(t.app, session, { ...options, method });
        expect([403, 404], `${routeKey} as ${session.userId}`).toContain(response.statusCode);
        if (session === strangerAdmin) expect(response.statusCode).toBe(404);
        for (const fingerprint of ownerFingerprints(owner)) expect(response.body).not.toContain(fingerprint);
      }
      // …and the answer is the same as for an id that does not exist at all.
      const missing = await call(t.app, strangerAdmin, { ...options, method, url: options.url.replace(/[0-9a-f-]{36}/, '00000000-0000-4000-8000-000000000000') });
      const real = await call(t.app, strangerAdmin, { ...options, method });
      expect(real.statusCode).toBe(missing.statusCode);
      expect(real.json()).toEqual(missing.json());
      void url;
    });
  }

  for (const [routeKey, probe] of Object.entries(collectionProbes)) {
    it(`${routeKey}: a stranger sees nothing of the other municipality`, async () => {
      const [method] = routeKey.split(' ') as [InjectOptions['method']];
      for (const session of [stranger, strangerAdmin]) {
        const response = await call(t.app, session, { ...probe(owner), method });
        expect(response.statusCode, response.body).toBeLessThan(500);
        if (response.statusCode < 300) {
          for (const fingerprint of ownerFingerprints(owner)) expect(response.body).not.toContain(fingerprint);
        } else {
          expect([403, 404, 409, 422]).toContain(response.statusCode);
        }
      }
    });
  }

  it('the owner’s records were not changed by any probe', async () => {
    const caseworker = await t.db.selectFrom('users').select(['display_name', 'password_hash']).where('id', '=', owner.caseworker.id).executeTakeFirstOrThrow();
    expect(caseworker.display_name).not.toBe('Overtaget');
    const unit = await t.db.selectFrom('units').select('name').where('id', '=', owner.unit.id).executeTakeFirstOrThrow();
    expect(unit.name).toBe('Myndighed voksne');
    const link = await t.db.selectFrom('organisation_partners').select('partner_id').where('organisation_id', '=', owner.organisation.id).execute();
    expect(link).toHaveLength(1);
    const sessions = await signIn(t.app, owner.caseworker.email, owner.caseworker.password);
    expect(sessions.userId).toBe(owner.caseworker.id);
  });

  it('a refused access is audited, with who tried and what', async () => {
    await call(t.app, strangerAdmin, { method: 'GET', url: `/api/users/${owner.caseworker.id}` });
    const refusal = await t.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'access.refused')
      .where('actor_user_id', '=', strangerAdmin.userId)
      .where('subject_id', '=', owner.caseworker.id)
      .executeTakeFirst();
    expect(refusal?.outcome).toBe('refused');
  });

  it('a user without the permission is refused (403) on management routes, and that is audited', async () => {
    const local = await createUser(t.db, owner.organisation.id, { role: 'support_worker' });
    const session = await signIn(t.app, local.email, local.password);
    const response = await call(t.app, session, { method: 'POST', url: '/api/units', payload: { name: 'Ny', kind: 'other' } });
    expect(response.statusCode).toBe(403);
    const refusals = await t.db.selectFrom('audit_events').select('id').where('action', '=', 'access.refused').where('actor_user_id', '=', local.id).execute();
    expect(refusals.length).toBe(1);
  });
});
