import { beforeAll, describe, expect, it } from 'vitest';
import { call, signIn, signInAs, useTestApp, type Session } from './support/test-app';
import { createMunicipalityWithStaff, createUnit, createUser } from './support/factories';
import { signedInAdministrator } from './support/scenarios';
import { auditEvent, auditEvents } from './support/audit-events';

const t = useTestApp();
let m: Awaited<ReturnType<typeof createMunicipalityWithStaff>>;
let admin: Session;

beforeAll(async () => {
  ({ adminSession: admin, ...m } = await signedInAdministrator(t));
});

const newUser = (overrides: Record<string, unknown> = {}) => ({
  displayName: 'Birgit Bolig',
  email: `birgit.${Math.random().toString(36).slice(2, 8)}@test.hjemvej.dk`,
  role: 'unit_member',
  unitIds: [m.unit.id],
  password: 'et-langt-kodeord-123',
  ...overrides,
});

describe('an administrator manages users', () => {
  it('adds a user with role and units, who can then sign in; the creation is audited without the password', async () => {
    const body = newUser();
    const created = await call(t.app, admin, { method: 'POST', url: '/api/users', payload: body });
    expect(created.statusCode, created.body).toBe(201);
    const user = created.json<{ id: string; role: string; units: { id: string }[] }>();
    expect(user.role).toBe('unit_member');
    expect(user.units.map((u) => u.id)).toEqual([m.unit.id]);
    const session = await signInAs(t.app, body);
    expect(session.userId).toBe(user.id);
    const event = await auditEvent(t.db, { action: 'user.create', subjectId: user.id });
    expect(JSON.stringify(event.changes)).not.toContain(body.password);
    expect(event.actor_user_id).toBe(m.admin.id);
  });

  it('lists and searches users, and audits the read', async () => {
    const list = await call(t.app, admin, {
      method: 'GET',
      url: `/api/users?search=${encodeURIComponent(m.caseworker.email.slice(0, 12))}`,
    });
    expect(list.statusCode).toBe(200);
    const items = list.json<{ items: { id: string }[] }>().items;
    expect(items.map((u) => u.id)).toContain(m.caseworker.id);
    const reads = await auditEvents(t.db, { action: 'user.list', actorUserId: m.admin.id }, ['id']);
    expect(reads.length).toBeGreaterThan(0);
  });

  it('refuses bad input with the field named, and leaves nothing half-written', async () => {
    const before = await t.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const foreignUnit = await createUnit(t.db, (await createMunicipalityWithStaff(t.db)).organisation.id);
    const bad = await call(t.app, admin, {
      method: 'POST',
      url: '/api/users',
      payload: newUser({ unitIds: [m.unit.id, foreignUnit.id] }),
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json<{ error: { fields: { path: string; message: string }[] } }>().error.fields).toEqual([
      { path: 'unitIds.1', message: 'Enheden findes ikke i din organisation.' },
    ]);
    const wrongRole = await call(t.app, admin, {
      method: 'POST',
      url: '/api/users',
      payload: newUser({ role: 'shelter_staff' }),
    });
    expect(wrongRole.statusCode).toBe(422);
    expect(wrongRole.json<{ error: { fields: { path: string }[] } }>().error.fields[0]?.path).toBe('role');
    const badEnum = await call(t.app, admin, { method: 'POST', url: '/api/users', payload: newUser({ role: 'king' }) });
    expect(badEnum.statusCode).toBe(400);
    expect(badEnum.json<{ error: { fields: { path: string; message: string }[] } }>().error.fields[0]).toMatchObject({
      path: 'role',
    });
    const duplicate = await call(t.app, admin, {
      method: 'POST',
      url: '/api/users',
      payload: newUser({ email: m.caseworker.email }),
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json<{ error: { code: string } }>().error.code).toBe('email_taken');
    const after = await t.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    // Only the other municipality's two factory users were added; none of the refused ones.
    expect(after.n).toBe(before.n + 2);
  });

  it('deactivating a user ends their sessions at once; reactivating lets them sign in again', async () => {
    const user = await createUser(t.db, m.organisation.id, { role: 'caseworker' });
    const session = await signInAs(t.app, user);
    expect((await call(t.app, session, { method: 'GET', url: '/api/home' })).statusCode).toBe(200);
    const deactivated = await call(t.app, admin, { method: 'PATCH', url: `/api/users/${user.id}`, payload: { isActive: false } });
    expect(deactivated.statusCode).toBe(200);
    expect(deactivated.json<{ isActive: boolean }>().isActive).toBe(false);
    expect((await call(t.app, session, { method: 'GET', url: '/api/home' })).statusCode).toBe(401);
    const actions = await auditEvents(t.db, { subjectId: user.id }, ['action']);
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['user.update', 'user.deactivate']));
    await call(t.app, admin, { method: 'PATCH', url: `/api/users/${user.id}`, payload: { isActive: true } });
    expect((await signInAs(t.app, user)).userId).toBe(user.id);
  });

  it('an administrator cannot deactivate themself', async () => {
    const response = await call(t.app, admin, { method: 'PATCH', url: `/api/users/${m.admin.id}`, payload: { isActive: false } });
    expect(response.statusCode).toBe(422);
    expect(response.json<{ error: { fields: { path: string }[] } }>().error.fields[0]?.path).toBe('isActive');
  });

  it('resets a password: the old one stops working, sessions end', async () => {
    const user = await createUser(t.db, m.organisation.id);
    const session = await signInAs(t.app, user);
    const response = await call(t.app, admin, {
      method: 'POST',
      url: `/api/users/${user.id}/password`,
      payload: { password: 'helt-nyt-kodeord-456' },
    });
    expect(response.statusCode).toBe(204);
    expect((await call(t.app, session, { method: 'GET', url: '/api/home' })).statusCode).toBe(401);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email, password: user.password } }))
        .statusCode,
    ).toBe(401);
    expect((await signIn(t.app, user.email, 'helt-nyt-kodeord-456')).userId).toBe(user.id);
  });

  it('shows the role matrix with the roles assignable in the own organisation', async () => {
    const response = await call(t.app, admin, { method: 'GET', url: '/api/roles' });
    const matrix = response.json<{ roles: { role: string; assignableHere: boolean; permissions: string[] }[] }>();
    expect(matrix.roles.find((r) => r.role === 'caseworker')?.assignableHere).toBe(true);
    expect(matrix.roles.find((r) => r.role === 'shelter_leader')?.assignableHere).toBe(false);
    expect(matrix.roles.find((r) => r.role === 'municipal_admin')?.permissions).toContain('users.manage');
  });
});
