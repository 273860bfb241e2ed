import { beforeAll, describe, expect, it } from 'vitest';
import { call, signInAs, useTestApp, type Session } from './support/test-app';
import { createMunicipalityWithStaff } from './support/factories';

const t = useTestApp();
let m: Awaited<ReturnType<typeof createMunicipalityWithStaff>>;
let admin: Session;

beforeAll(async () => {
  m = await createMunicipalityWithStaff(t.db);
  admin = await signInAs(t.app, m.admin);
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
    const event = await t.db
      .selectFrom('audit_events')
      .select('changes')
      .where('action', '=', 'unit.update')
      .where('subject_id', '=', unit.id)
      .executeTakeFirstOrThrow();
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
