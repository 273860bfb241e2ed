/**
 * Citizens through the API: registration with and without CPR, masked CPR and the audited
 * reveal, duplicates, link and split, optimistic concurrency, housing periods, and the audit
 * search by citizen.
 */
import { describe, expect, it } from 'vitest';
import type { Citizen, CitizenDetail, CitizenSummary, ErrorBody, HousingPeriod } from '@hjemvej/contract';
import { addDays } from '@hjemvej/domain';
import { todayInDenmark } from '../src/calendar/danish-time';
import { call, signInAs, useTestApp, type Session } from './support/test-app';
import { signedInMunicipality } from './support/scenarios';
import { createCitizen, createMunicipalityWithStaff, createTask, createUnit, createUser, randomCpr } from './support/factories';
import { auditEvent, auditEvents } from './support/audit-events';

const t = useTestApp();

const formatted = (cpr: string) => `${cpr.slice(0, 6)}-${cpr.slice(6)}`;
/**
 * The text without ids and dates: a random CPR number's last four digits may turn up by chance
 * inside a UUID or a timestamp, which says nothing about whether the CPR number leaked.
 */
const withoutIdsAndTimes = (text: string) =>
  text
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '')
    .replace(/\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?/g, '');

async function register(session: Session, payload: Record<string, unknown>) {
  const response = await call(t.app, session, { method: 'POST', url: '/api/citizens', payload });
  return response;
}

describe('registering a citizen', () => {
  it('with a CPR number: the birth date follows from it, the number is shown masked, the handlekommune is the own municipality', async () => {
    const m = await signedInMunicipality(t);
    const cpr = randomCpr();
    const response = await register(m.session, {
      cpr: formatted(cpr),
      firstName: 'Jens',
      lastName: 'Hansen',
      phone: '12345678',
      contactNote: 'Værestedet om formiddagen',
    });
    expect(response.statusCode, response.body).toBe(201);
    const { citizen } = response.json<{ citizen: Citizen }>();
    expect(citizen.cpr).toBe(`${cpr.slice(0, 6)}-xxxx`);
    expect(citizen.birthDate).toBe(`19${cpr.slice(4, 6)}-${cpr.slice(2, 4)}-${cpr.slice(0, 2)}`);
    expect(citizen.birthDateIsApproximate).toBe(false);
    expect(citizen.handlekommune).toEqual({ id: m.organisation.id, name: m.organisation.name });
    expect(citizen.version).toBe(1);
    expect(withoutIdsAndTimes(response.body)).not.toContain(cpr.slice(6));
  });

  it('without a CPR number: an alias and an approximate year of birth', async () => {
    const m = await signedInMunicipality(t);
    const response = await register(m.session, { alias: 'Store Per', birthYear: 1971 });
    expect(response.statusCode, response.body).toBe(201);
    const { citizen } = response.json<{ citizen: Citizen }>();
    expect(citizen).toMatchObject({
      cpr: null,
      alias: 'Store Per',
      firstName: null,
      birthDate: '1971-01-01',
      birthDateIsApproximate: true,
    });
  });

  it('refuses a citizen with neither CPR number, name nor alias', async () => {
    const m = await signedInMunicipality(t);
    const response = await register(m.session, { phone: '12345678' });
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorBody>().error.fields?.map((f) => f.path)).toContain('alias');
  });

  it('refuses a CPR number with an impossible date, naming the field', async () => {
    const m = await signedInMunicipality(t);
    const response = await call(t.app, m.session, {
      method: 'POST',
      url: '/api/citizens',
      payload: { cpr: '310290-1234', firstName: 'Ole' },
      headers: { 'accept-language': 'da' },
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json<ErrorBody>().error.fields ?? [];
    expect(fields).toEqual([{ path: 'cpr', message: 'CPR-nummerets dato (ddmmåå) findes ikke.' }]);
  });

  it('refuses a CPR number whose birth date is in the future (422 naming cpr)', async () => {
    // 7th digit 4 and year 30: born 2030.
    const m = await signedInMunicipality(t);
    const response = await register(m.session, { cpr: '010130-4123', firstName: 'Fremtid' });
    expect(response.statusCode).toBe(422);
    expect(response.json<ErrorBody>().error.fields?.[0]?.path).toBe('cpr');
  });

  it('refuses an admission from a municipality and another municipality as handlekommune', async () => {
    const m = await signedInMunicipality(t);
    const other = await createMunicipalityWithStaff(t.db);
    const withAdmission = await register(m.session, { alias: 'X', admission: { admittedOn: '2025-03-03', referral: 'self' } });
    expect(withAdmission.statusCode).toBe(422);
    expect(withAdmission.json<ErrorBody>().error.fields?.[0]?.path).toBe('admission');
    const foreign = await register(m.session, { alias: 'Y', handlekommuneId: other.organisation.id });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json<ErrorBody>().error.fields?.[0]?.path).toBe('handlekommuneId');
  });
});

describe('possible duplicates, link and split', () => {
  it('points out the same CPR number and the same name and birth date, within the own scope only', async () => {
    const m = await signedInMunicipality(t);
    const cpr = randomCpr();
    const first = (await register(m.session, { cpr: formatted(cpr), firstName: 'Anna', lastName: 'Berg' })).json<{
      citizen: Citizen;
    }>().citizen;
    const sameCpr = await register(m.session, { cpr: formatted(cpr), alias: 'Anne' });
    expect(sameCpr.json<{ possibleDuplicates: CitizenSummary[] }>().possibleDuplicates.map((d) => d.id)).toEqual([first.id]);

    const otherSerial = `${cpr.slice(0, 6)}${cpr[6]}${(Number(cpr.slice(7)) + 1) % 1000}`.padEnd(10, '0');
    const sameName = await register(m.session, { cpr: formatted(otherSerial), firstName: 'anna', lastName: 'BERG' });
    const duplicates = sameName.json<{ possibleDuplicates: CitizenSummary[] }>().possibleDuplicates;
    expect(duplicates.map((d) => d.id)).toContain(first.id);
    expect(withoutIdsAndTimes(JSON.stringify(duplicates))).not.toContain(cpr.slice(6));

    // Another municipality registering the same CPR number is not told about this one.
    const other = await signedInMunicipality(t);
    const elsewhere = await register(other.session, { cpr: formatted(cpr), firstName: 'Anna', lastName: 'Berg' });
    expect(elsewhere.json<{ possibleDuplicates: CitizenSummary[] }>().possibleDuplicates).toEqual([]);
  });

  it('links two records into one person and splits them again; the split is remembered', async () => {
    const m = await signedInMunicipality(t);
    const cpr = randomCpr();
    const a = (await register(m.session, { cpr: formatted(cpr), firstName: 'Bo', lastName: 'Linde' })).json<{
      citizen: Citizen;
    }>().citizen;
    const b = (await register(m.session, { cpr: formatted(cpr), alias: 'Bosse' })).json<{ citizen: Citizen }>().citizen;

    const linked = await call(t.app, m.session, {
      method: 'POST',
      url: `/api/citizens/${a.id}/link`,
      payload: { otherCitizenId: b.id },
    });
    expect(linked.statusCode, linked.body).toBe(200);
    const person = linked.json<CitizenDetail>();
    expect(person.linkedRecords.map((r) => r.id)).toEqual([b.id]);
    expect(person.possibleDuplicates).toEqual([]);

    // The linked record resolves to the surviving one.
    const viaB = (await call(t.app, m.session, { method: 'GET', url: `/api/citizens/${b.id}` })).json<CitizenDetail>();
    expect(viaB.id).toBe(a.id);
    expect(viaB.resolvedFromId).toBe(b.id);
    // Lists show the person once; the alias of the linked record still finds it.
    const found = (await call(t.app, m.session, { method: 'GET', url: '/api/citizens?search=Bosse' })).json<{
      items: CitizenSummary[];
      total: number;
    }>();
    expect(found.items.map((c) => c.id)).toEqual([a.id]);
    const all = (await call(t.app, m.session, { method: 'GET', url: '/api/citizens' })).json<{
      items: CitizenSummary[];
      total: number;
    }>();
    expect(all.items.map((c) => c.id)).toEqual([a.id]);

    const again = await call(t.app, m.session, {
      method: 'POST',
      url: `/api/citizens/${a.id}/link`,
      payload: { otherCitizenId: b.id },
    });
    expect(again.statusCode).toBe(422);

    const split = await call(t.app, m.session, {
      method: 'POST',
      url: `/api/citizens/${a.id}/split`,
      payload: { otherCitizenId: b.id },
    });
    expect(split.statusCode, split.body).toBe(200);
    expect(split.json<CitizenDetail>().linkedRecords).toEqual([]);
    // Remembered: no longer suggested, and not linked again.
    expect(split.json<CitizenDetail>().possibleDuplicates).toEqual([]);
    const relink = await call(t.app, m.session, {
      method: 'POST',
      url: `/api/citizens/${b.id}/link`,
      payload: { otherCitizenId: a.id },
    });
    expect(relink.statusCode).toBe(422);
    expect(relink.json<ErrorBody>().error.fields?.[0]).toMatchObject({ path: 'otherCitizenId' });
    const bAlone = (await call(t.app, m.session, { method: 'GET', url: `/api/citizens/${b.id}` })).json<CitizenDetail>();
    expect(bAlone.id).toBe(b.id);
    expect(bAlone.resolvedFromId).toBeNull();

    const events = await auditEvents(t.db, { action: ['citizen.link', 'citizen.split'], citizenId: [a.id, b.id] }, [
      'action',
      'citizen_id',
    ]);
    expect(events.map((e) => `${e.action} ${e.citizen_id === a.id ? 'a' : 'b'}`).sort()).toEqual([
      'citizen.link a',
      'citizen.link b',
      'citizen.split a',
      'citizen.split b',
    ]);
  });

  it('refuses to split records that are not linked', async () => {
    const m = await signedInMunicipality(t);
    const a = await createCitizen(t.db, { handlekommuneId: m.organisation.id });
    const b = await createCitizen(t.db, { handlekommuneId: m.organisation.id });
    const response = await call(t.app, m.session, {
      method: 'POST',
      url: `/api/citizens/${a.id}/split`,
      payload: { otherCitizenId: b.id },
    });
    expect(response.statusCode).toBe(422);
  });
});

describe('the CPR number', () => {
  it('is masked in lists, search and the citizen page; the reveal is a permission and audited as its own action', async () => {
    const m = await signedInMunicipality(t);
    const cpr = randomCpr();
    const citizen = await createCitizen(t.db, { handlekommuneId: m.organisation.id, cpr });
    for (const url of [
      '/api/citizens',
      `/api/citizens?search=${cpr}`,
      `/api/citizens?search=${cpr.slice(0, 6)}`,
      `/api/citizens/${citizen.id}`,
    ]) {
      const response = await call(t.app, m.session, { method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).toContain(`${cpr.slice(0, 6)}-xxxx`);
      expect(withoutIdsAndTimes(response.body), url).not.toContain(cpr.slice(6));
    }
    const reveal = await call(t.app, m.session, { method: 'GET', url: `/api/citizens/${citizen.id}/cpr` });
    expect(reveal.statusCode).toBe(200);
    expect(reveal.json()).toEqual({ id: citizen.id, cpr: formatted(cpr) });
    const event = await auditEvent(t.db, { action: 'citizen.cpr_reveal', citizenId: citizen.id });
    expect(event.actor_user_id).toBe(m.session.userId);
    expect(withoutIdsAndTimes(JSON.stringify(event.changes))).not.toContain(cpr.slice(6));

    // A support worker whose team has a task for the citizen reaches her, without the CPR permission.
    const team = await createUnit(t.db, m.organisation.id, { name: 'CTI-team', kind: 'cti' });
    await createTask(t.db, { organisationId: m.organisation.id, citizenId: citizen.id, unitId: team.id });
    const supportWorker = await createUser(t.db, m.organisation.id, { role: 'support_worker', unitIds: [team.id] });
    const session = await signInAs(t.app, supportWorker);
    expect((await call(t.app, session, { method: 'GET', url: `/api/citizens/${citizen.id}` })).statusCode).toBe(200);
    expect((await call(t.app, session, { method: 'GET', url: `/api/citizens/${citizen.id}/cpr` })).statusCode).toBe(403);
  });

  it('is searched by all ten digits or the first six, and names and aliases by part', async () => {
    const m = await signedInMunicipality(t);
    const cpr = randomCpr();
    const target = await createCitizen(t.db, {
      handlekommuneId: m.organisation.id,
      cpr,
      firstName: 'Karen',
      lastName: 'Østergaard',
      alias: 'Kitty',
    });
    await createCitizen(t.db, { handlekommuneId: m.organisation.id, firstName: 'Niels', lastName: 'Nielsen' });
    for (const search of [formatted(cpr), cpr, cpr.slice(0, 6), 'karen øster', 'kitt']) {
      const response = await call(t.app, m.session, { method: 'GET', url: `/api/citizens?search=${encodeURIComponent(search)}` });
      const body = response.json<{ items: CitizenSummary[]; total: number }>();
      expect(
        body.items.map((c) => c.id),
        search,
      ).toEqual([target.id]);
      expect(body.total).toBe(1);
    }
    const searchEvent = await auditEvents(t.db, { action: 'citizen.search', actorUserId: m.session.userId }, ['changes']);
    expect(withoutIdsAndTimes(JSON.stringify(searchEvent.map((e) => e.changes)))).not.toContain(cpr.slice(6));
  });
});

describe('changing a citizen', () => {
  it('answers 409 with the current record, the changed fields and who changed them when someone else saved first', async () => {
    const m = await signedInMunicipality(t);
    const colleague = await createUser(t.db, m.organisation.id, { role: 'caseworker', displayName: 'Kollega Kirsten' });
    const colleagueSession = await signInAs(t.app, colleague);
    const citizen = await createCitizen(t.db, { handlekommuneId: m.organisation.id, firstName: 'Ib', lastName: 'Holm' });

    const first = await call(t.app, colleagueSession, {
      method: 'PATCH',
      url: `/api/citizens/${citizen.id}`,
      payload: { version: 1, firstName: 'Ib Erik', phone: '11223344' },
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<Citizen>().version).toBe(2);

    const second = await call(t.app, m.session, {
      method: 'PATCH',
      url: `/api/citizens/${citizen.id}`,
      payload: { version: 1, lastName: 'Holmberg' },
      headers: { 'accept-language': 'da' },
    });
    expect(second.statusCode).toBe(409);
    const error = second.json<ErrorBody>().error;
    expect(error.message).toContain('Kollega Kirsten');
    expect(error.conflict?.changedFields).toEqual(['firstName', 'phone']);
    expect(error.conflict?.changedBy).toBe('Kollega Kirsten');
    expect(error.conflict?.current).toMatchObject({ id: citizen.id, firstName: 'Ib Erik', lastName: 'Holm', version: 2 });
    expect(JSON.stringify(error.conflict?.current)).not.toContain(citizen.cpr!.slice(6));

    const stored = await t.db
      .selectFrom('citizens')
      .select(['last_name', 'version'])
      .where('id', '=', citizen.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ last_name: 'Holm', version: 2 });

    const retry = await call(t.app, m.session, {
      method: 'PATCH',
      url: `/api/citizens/${citizen.id}`,
      payload: { version: 2, lastName: 'Holmberg' },
    });
    expect(retry.statusCode).toBe(200);
    expect(retry.json<Citizen>()).toMatchObject({ firstName: 'Ib Erik', lastName: 'Holmberg', version: 3 });
  });

  it('derives the birth date from a new CPR number and refuses to remove every identity', async () => {
    const m = await signedInMunicipality(t);
    const citizen = await createCitizen(t.db, {
      handlekommuneId: m.organisation.id,
      cpr: null,
      firstName: null,
      lastName: null,
      alias: 'Fugl',
    });
    const cpr = randomCpr();
    const withCpr = await call(t.app, m.session, {
      method: 'PATCH',
      url: `/api/citizens/${citizen.id}`,
      payload: { version: 1, cpr },
    });
    expect(withCpr.statusCode, withCpr.body).toBe(200);
    expect(withCpr.json<Citizen>().birthDate).toBe(`19${cpr.slice(4, 6)}-${cpr.slice(2, 4)}-${cpr.slice(0, 2)}`);
    const empty = await call(t.app, m.session, {
      method: 'PATCH',
      url: `/api/citizens/${citizen.id}`,
      payload: { version: 2, cpr: null, alias: '' },
    });
    expect(empty.statusCode).toBe(422);
    expect(empty.json<ErrorBody>().error.fields?.[0]?.path).toBe('alias');
  });
});

describe('housing situation over time', () => {
  it('closes the open period on a move, refuses overlaps naming the field, and always knows today’s situation', async () => {
    const m = await signedInMunicipality(t);
    const citizen = await createCitizen(t.db, { handlekommuneId: m.organisation.id });
    const today = todayInDenmark();
    const url = `/api/citizens/${citizen.id}/housing-periods`;
    const street = await call(t.app, m.session, {
      method: 'POST',
      url,
      payload: { category: 'rough_sleeping', fromDate: addDays(today, -60) },
    });
    expect(street.statusCode, street.body).toBe(201);
    const shelter = await call(t.app, m.session, {
      method: 'POST',
      url,
      payload: { category: 'shelter_110', fromDate: addDays(today, -20), note: 'Forsorgshjemmet' },
    });
    expect(shelter.statusCode, shelter.body).toBe(201);

    const list = (await call(t.app, m.session, { method: 'GET', url })).json<{
      items: HousingPeriod[];
      current: HousingPeriod | null;
      homelessSince: string | null;
      homelessDays: number | null;
    }>();
    expect(list.items.map((p) => [p.category, p.fromDate, p.toDate])).toEqual([
      ['rough_sleeping', addDays(today, -60), addDays(today, -20)],
      ['shelter_110', addDays(today, -20), null],
    ]);
    expect(list.current?.category).toBe('shelter_110');
    expect(list.homelessSince).toBe(addDays(today, -60));
    expect(list.homelessDays).toBe(61);

    const overlap = await call(t.app, m.session, {
      method: 'POST',
      url,
      payload: { category: 'family_friends', fromDate: addDays(today, -30), toDate: addDays(today, -25) },
      headers: { 'accept-language': 'da' },
    });
    expect(overlap.statusCode).toBe(422);
    const field = overlap.json<ErrorBody>().error.fields?.[0];
    expect(field?.path).toBe('fromDate');
    expect(field?.message).toContain('Gadesovende');

    const ends = await call(t.app, m.session, {
      method: 'POST',
      url,
      payload: { category: 'unknown', fromDate: addDays(today, -5), toDate: addDays(today, -6) },
    });
    expect(ends.statusCode).toBe(422);
    expect(ends.json<ErrorBody>().error.fields?.[0]?.path).toBe('toDate');

    // Moving into own home: end the shelter period, start the new one.
    const shelterId = shelter.json<HousingPeriod>().id;
    const ended = await call(t.app, m.session, {
      method: 'PATCH',
      url: `/api/housing-periods/${shelterId}`,
      payload: { toDate: today },
    });
    expect(ended.statusCode, ended.body).toBe(200);
    const home = await call(t.app, m.session, {
      method: 'POST',
      url,
      payload: { category: 'own_home_with_lease', fromDate: today },
    });
    expect(home.statusCode, home.body).toBe(201);
    const detail = (await call(t.app, m.session, { method: 'GET', url: `/api/citizens/${citizen.id}` })).json<CitizenDetail>();
    expect(detail.housing?.current?.category).toBe('own_home_with_lease');
    expect(detail.housing?.homelessSince).toBeNull();

    const stretch = await call(t.app, m.session, {
      method: 'PATCH',
      url: `/api/housing-periods/${shelterId}`,
      payload: { toDate: addDays(today, 1) },
    });
    expect(stretch.statusCode).toBe(422);
  });
});

describe('scope and audit', () => {
  it('a caseworker of another municipality finds nothing and gets 404; the audit search by citizen shows who read', async () => {
    const m = await signedInMunicipality(t);
    const other = await signedInMunicipality(t);
    const citizen = await createCitizen(t.db, {
      handlekommuneId: m.organisation.id,
      firstName: 'Skjult',
      lastName: `Person${m.organisation.id.slice(0, 4)}`,
    });
    expect((await call(t.app, m.session, { method: 'GET', url: `/api/citizens/${citizen.id}` })).statusCode).toBe(200);
    const list = (await call(t.app, other.session, { method: 'GET', url: '/api/citizens?search=Skjult' })).json<{
      items: CitizenSummary[];
    }>();
    expect(list.items).toEqual([]);
    expect((await call(t.app, other.session, { method: 'GET', url: `/api/citizens/${citizen.id}` })).statusCode).toBe(404);

    const leader = await createUser(t.db, m.organisation.id, { role: 'leader' });
    const leaderSession = await signInAs(t.app, leader);
    const search = await call(t.app, leaderSession, { method: 'GET', url: `/api/audit-events?citizenId=${citizen.id}` });
    expect(search.statusCode).toBe(200);
    const actions = search.json<{ items: { action: string; citizenId: string; actor: { userId: string } }[] }>().items;
    expect(actions.some((e) => e.action === 'citizen.read' && e.actor.userId === m.session.userId)).toBe(true);
    expect(actions.every((e) => e.citizenId === citizen.id)).toBe(true);
  });

  it('nobody outside municipalities and shelters reaches a citizen (system administrator, partner)', async () => {
    const m = await signedInMunicipality(t);
    const citizen = await createCitizen(t.db, { handlekommuneId: m.organisation.id });
    const partnerUser = await createUser(t.db, m.partner.id, { role: 'partner_member' });
    const partner = await signInAs(t.app, partnerUser);
    expect((await call(t.app, partner, { method: 'GET', url: `/api/citizens/${citizen.id}` })).statusCode).toBe(404);
    expect((await call(t.app, partner, { method: 'GET', url: '/api/citizens' })).json<{ items: unknown[] }>().items).toEqual([]);
  });
});
