import { beforeAll, describe, expect, it } from 'vitest';
import { call, signInAs, useTestApp, type Session } from './support/test-app';
import type { OrganisationList, User } from '@hjemvej/contract';
import { createMunicipalityWithStaff, createOrganisation, createUser } from './support/factories';
import { signedInAdministrator } from './support/scenarios';
import { auditEvent } from './support/audit-events';

const t = useTestApp();
let m: Awaited<ReturnType<typeof createMunicipalityWithStaff>>;
let admin: Session;

beforeAll(async () => {
  ({ adminSession: admin, ...m } = await signedInAdministrator(t));
});

describe('units', () => {
  it('creates, renames and deactivates a unit; refuses a duplicate name', async () => {
    const created = await call(t.app, admin, { method: 'POST', url: '/api/units', payload: { name: 'ACT-team', kind: 'act' } });
    expect(created.statusCode).toBe(201);
    const unit = created.json<{ id: string; memberCount: number }>();
    expect(unit.memberCount).toBe(0);
    const duplicate = await call(t.app, admin, { method: 'POST', url: '/api/units', payload: { name: 'act-TEAM', kind: 'act' } });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json<{ error: { fields: { path: string }[] } }>().error.fields[0]?.path).toBe('name');
    const renamed = await call(t.app, admin, {
      method: 'PATCH',
      url: `/api/units/${unit.id}`,
      payload: { name: 'ACT-teamet', isActive: false },
    });
    expect(renamed.json()).toMatchObject({ name: 'ACT-teamet', isActive: false });
    const list = await call(t.app, admin, { method: 'GET', url: '/api/units' });
    expect(list.json<{ items: { name: string; memberCount: number }[] }>().items).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Myndighed voksne', memberCount: 1 })]),
    );
    const event = await auditEvent(t.db, { action: 'unit.update', subjectId: unit.id }, ['changes']);
    expect(event.changes).toMatchObject({ name: { from: 'ACT-team', to: 'ACT-teamet' }, isActive: { from: true, to: false } });
  });
});

describe('partners', () => {
  it('adds a § 110 shelter and an NGO, asks for the kind-specific field, edits and removes', async () => {
    const missing = await call(t.app, admin, {
      method: 'POST',
      url: '/api/partners',
      payload: { name: 'Herberget', kind: 'shelter' },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ error: { fields: { path: string; message: string }[] } }>().error.fields).toEqual([
      { path: 'shelterOperator', message: 'Vælg om forsorgshjemmet er kommunalt eller selvejende.' },
    ]);
    const shelter = await call(t.app, admin, {
      method: 'POST',
      url: '/api/partners',
      payload: { name: 'Herberget', kind: 'shelter', shelterOperator: 'municipal', contactEmail: '' },
    });
    expect(shelter.statusCode, shelter.body).toBe(201);
    expect(shelter.json()).toMatchObject({
      kind: 'shelter',
      shelterOperator: 'municipal',
      partnerType: null,
      contactEmail: null,
    });
    const ngo = await call(t.app, admin, {
      method: 'POST',
      url: '/api/partners',
      payload: { name: 'Værestedet', kind: 'partner', partnerType: 'ngo', contactPhone: '12 34 56 78' },
    });
    const ngoId = ngo.json<{ id: string }>().id;
    const edited = await call(t.app, admin, {
      method: 'PATCH',
      url: `/api/partners/${ngoId}`,
      payload: { partnerType: 'housing_association' },
    });
    expect(edited.json()).toMatchObject({ partnerType: 'housing_association' });
    const removed = await call(t.app, admin, { method: 'DELETE', url: `/api/partners/${ngoId}` });
    expect(removed.statusCode).toBe(204);
    const list = await call(t.app, admin, { method: 'GET', url: '/api/partners' });
    expect(
      list
        .json<{ items: { name: string }[] }>()
        .items.map((p) => p.name)
        .sort(),
    ).toEqual(['Herberget', m.partner.name].sort());
    // The partner organisation itself is kept (its history matters); only the relation went.
    const kept = await t.db.selectFrom('organisations').select('id').where('id', '=', ngoId).executeTakeFirst();
    expect(kept?.id).toBe(ngoId);
  });

  it('refuses to edit a partner that other organisations also use', async () => {
    const other = await createMunicipalityWithStaff(t.db);
    await t.db
      .insertInto('organisation_partners')
      .values({ organisation_id: other.organisation.id, partner_id: m.partner.id })
      .execute();
    const response = await call(t.app, admin, {
      method: 'PATCH',
      url: `/api/partners/${m.partner.id}`,
      payload: { name: 'Nyt navn' },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json<{ error: { fields: { message: string }[] } }>().error.fields[0]?.message).toMatch(
      /andre organisationer/,
    );
  });
});

describe('organisations (the system administrator)', () => {
  it('lists every organisation with its users and units, and narrows the user list to one of them', async () => {
    const operator = await createOrganisation(t.db, { kind: 'operator', name: `Driften ${m.organisation.id.slice(0, 8)}` });
    const systemAdmin = await signInAs(t.app, await createUser(t.db, operator.id, { role: 'system_admin' }));
    await createUser(t.db, m.organisation.id, { role: 'caseworker', isActive: false });

    const list = await call(t.app, systemAdmin, { method: 'GET', url: '/api/organisations' });
    expect(list.statusCode, list.body).toBe(200);
    const items = list.json<OrganisationList>().items;
    const own = items.find((o) => o.id === m.organisation.id);
    const users = await t.db.selectFrom('users').select(['is_active']).where('organisation_id', '=', m.organisation.id).execute();
    expect(own).toMatchObject({
      kind: 'municipality',
      userCount: users.length,
      activeUserCount: users.filter((u) => u.is_active).length,
    });
    expect(own?.userCount).toBeGreaterThan(own?.activeUserCount ?? 0);
    expect(own?.unitCount).toBeGreaterThan(0);
    // The municipality's admin signed in (beforeAll): its latest sign-in shows.
    expect(own?.lastSignInAt).not.toBeNull();
    expect(items.find((o) => o.id === operator.id)).toMatchObject({ kind: 'operator', userCount: 1 });

    // The user list names each user's organisation, and narrows to one.
    const narrowed = await call(t.app, systemAdmin, { method: 'GET', url: `/api/users?organisationId=${m.organisation.id}` });
    const narrowedUsers = narrowed.json<{ items: User[] }>().items;
    expect(narrowedUsers).toHaveLength(users.length);
    expect(new Set(narrowedUsers.map((u) => u.organisation.name))).toEqual(new Set([m.organisation.name]));
  });

  it('is the system administrator’s alone: a municipality’s administrator is refused, and cannot narrow to another organisation', async () => {
    const refused = await call(t.app, admin, { method: 'GET', url: '/api/organisations' });
    expect(refused.statusCode).toBe(403);
    const other = await createMunicipalityWithStaff(t.db);
    const foreign = await call(t.app, admin, { method: 'GET', url: `/api/users?organisationId=${other.organisation.id}` });
    expect(foreign.json<{ items: User[] }>().items).toEqual([]);
    const bad = await call(t.app, admin, { method: 'GET', url: '/api/users?organisationId=nope' });
    expect(bad.statusCode).toBe(400);
  });
});
