/**
 * The audit log searched by a citizen's name or CPR number: only the own organisation's
 * citizens are found (another municipality's administrator finds nobody), each event's citizen
 * is named, and the search itself is audited with whom it matched and whose names it showed.
 */
import { describe, expect, it } from 'vitest';
import type { AuditSearchResponse } from '@hjemvej/contract';
import { call, signInAs, useTestApp, type Session } from './support/test-app';
import { createCitizen, createMunicipalityWithStaff, createUser } from './support/factories';
import { residentAtShelter } from './support/scenarios';
import { newestAuditEvent } from './support/audit-events';

const t = useTestApp();

async function setting() {
  const m = await createMunicipalityWithStaff(t.db);
  const surname = `Auditsen${Math.random().toString(36).slice(2, 8)}`;
  const citizen = await createCitizen(t.db, { handlekommuneId: m.organisation.id, firstName: 'Karla', lastName: surname });
  const caseworker = await signInAs(t.app, m.caseworker);
  expect((await call(t.app, caseworker, { method: 'GET', url: `/api/citizens/${citizen.id}` })).statusCode).toBe(200);
  const admin = await signInAs(t.app, m.admin);
  return { m, citizen, surname, admin };
}

function search(session: Session, query: string) {
  return call(t.app, session, { method: 'GET', url: `/api/audit-events?${query}` });
}

async function lastSearchEvent(userId: string) {
  return newestAuditEvent(t.db, { action: 'audit.search', actorUserId: userId }, ['changes', 'citizen_id']);
}

describe('the audit log by citizen name or CPR number', () => {
  it('finds the events about the own citizen by name and by CPR number, and names the citizen', async () => {
    const { m, citizen, surname, admin } = await setting();
    const byName = await search(admin, `citizen=${encodeURIComponent(surname.toLowerCase())}`);
    expect(byName.statusCode).toBe(200);
    const found = byName.json<AuditSearchResponse>();
    expect(found.items.map((event) => event.action)).toContain('citizen.read');
    expect(found.items.every((event) => event.citizenId === citizen.id)).toBe(true);
    expect(found.items[0]?.citizen).toEqual({ id: citizen.id, name: `Karla ${surname}`, mayOpen: false });

    const cpr = citizen.cpr ?? '';
    const byCpr = await search(admin, `citizen=${cpr.slice(0, 6)}-${cpr.slice(6)}`);
    // The search by name is itself an event about the citizen now (the administrator read the name).
    const afterSearch = byCpr.json<AuditSearchResponse>();
    expect(afterSearch.total).toBe(found.total + 1);
    expect(afterSearch.items[0]?.action).toBe('audit.search');
    // A birth date alone is no CPR number: refused, never a prefix search.
    const partial = await search(admin, `citizen=${cpr.slice(0, 6)}`);
    expect(partial.statusCode).toBe(400);

    // A leader who reaches the whole municipality may open the citizen's page.
    const leader = await signInAs(t.app, await createUser(t.db, m.organisation.id, { role: 'leader' }));
    const asLeader = (await search(leader, `citizen=${surname}`)).json<AuditSearchResponse>();
    expect(asLeader.items[0]?.citizen).toEqual({ id: citizen.id, name: `Karla ${surname}`, mayOpen: true });
  });

  it('is audited: whom the search matched and whose names it showed, a CPR number kept as such', async () => {
    const { m, citizen, surname, admin } = await setting();
    await search(admin, `citizen=${surname}`);
    const byName = await lastSearchEvent(m.admin.id);
    expect(byName.citizen_id).toBe(citizen.id);
    expect(byName.changes).toMatchObject({
      filter: { citizen: surname },
      matchedCitizenIds: [citizen.id],
      citizenIds: [citizen.id],
    });

    await search(admin, `citizen=${citizen.cpr ?? ''}`);
    const byCpr = await lastSearchEvent(m.admin.id);
    expect(byCpr.changes).toMatchObject({ filter: { citizen: '[cpr]' }, matchedCitizenIds: [citizen.id] });
    expect(JSON.stringify(byCpr.changes)).not.toContain(citizen.cpr ?? 'none');

    // Names shown in an unfiltered search are recorded too.
    await search(admin, 'pageSize=200');
    const unfiltered = (await lastSearchEvent(m.admin.id)).changes as { citizenIds: string[] };
    expect(unfiltered.citizenIds).toContain(citizen.id);
  });

  it('finds nothing for another municipality, by name or by CPR number', async () => {
    const { citizen, surname } = await setting();
    const other = await createMunicipalityWithStaff(t.db);
    const otherAdmin = await signInAs(t.app, other.admin);
    expect((await search(otherAdmin, `citizen=${surname}`)).json<AuditSearchResponse>()).toEqual({ items: [], total: 0 });
    expect((await search(otherAdmin, `citizen=${citizen.cpr ?? ''}`)).json<AuditSearchResponse>()).toEqual({
      items: [],
      total: 0,
    });
    expect((await lastSearchEvent(other.admin.id)).changes).toMatchObject({ matchedCitizenIds: [] });
  });

  it("finds a shelter's residents for its leader, and nobody who never stayed there", async () => {
    const surname = `Herbergsen${Math.random().toString(36).slice(2, 8)}`;
    const { shelter, citizen } = await residentAtShelter(
      t.db,
      { admittedOn: '2026-01-05', notifiedOn: '2026-01-06' },
      { firstName: 'Ole', lastName: surname },
    );
    const staff = await signInAs(t.app, shelter.staff);
    expect((await call(t.app, staff, { method: 'GET', url: `/api/citizens/${citizen.id}` })).statusCode).toBe(200);
    // Someone of the same name who never stayed at the shelter (their own municipality reads them).
    const elsewhere = await setting();
    const leader = await signInAs(t.app, shelter.leader);

    const found = (await search(leader, `citizen=${surname}`)).json<AuditSearchResponse>();
    expect(found.items.map((event) => event.action)).toContain('citizen.read');
    expect(found.items.every((event) => event.citizenId === citizen.id)).toBe(true);
    expect((await lastSearchEvent(shelter.leader.id)).changes).toMatchObject({ matchedCitizenIds: [citizen.id] });

    const notOurs = (await search(leader, `citizen=${elsewhere.surname}`)).json<AuditSearchResponse>();
    expect(notOurs).toEqual({ items: [], total: 0 });
    expect((await search(leader, `citizen=${elsewhere.citizen.cpr ?? ''}`)).json<AuditSearchResponse>()).toEqual({
      items: [],
      total: 0,
    });
  });

  it('refuses bad input naming the field in Danish', async () => {
    const { admin } = await setting();
    const fieldsOf = async (query: string) => {
      const response = await search(admin, query);
      expect(response.statusCode).toBe(400);
      return response.json<{ error: { fields: { path: string; message: string }[] } }>().error.fields;
    };
    expect(await fieldsOf('citizen=1234')).toEqual([
      { path: 'citizen', message: 'CPR-nummeret skal skrives som ddmmåå-xxxx eller med 10 cifre.' },
    ]);
    expect((await fieldsOf('citizen=3213991234'))[0]?.path).toBe('citizen');
    expect(await fieldsOf('citizen=a')).toEqual([{ path: 'citizen', message: 'Skal være mindst 2 tegn.' }]);
    expect((await fieldsOf(`citizen=${'x'.repeat(101)}`))[0]).toEqual({ path: 'citizen', message: 'Må højst være 100 tegn.' });
  });
});
