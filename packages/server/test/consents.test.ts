/**
 * Consents and the partner's consented view: a caseworker records what the citizen consents to
 * share with a partner; the partner sees exactly those categories while the consent is valid;
 * withdrawal and expiry cut access at once; a partner without consent gets 404 exactly like a
 * citizen that does not exist; every other citizen route still gives partners nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Consent, ConsentList, PartnerCitizenList, PartnerCitizenView } from '@hjemvej/contract';
import { addDays } from '@hjemvej/domain';
import { securedRoutes } from '../src/http/secured-route';
import { todayInDenmark } from '../src/calendar/danish-time';
import { call, signInAs, useTestApp, type Session } from './support/test-app';
import { municipalityWithCitizen } from './support/scenarios';
import {
  createConsent,
  createHousingAllocation,
  createHousingPeriod,
  createMunicipalityWithStaff,
  createNetworkMeeting,
  createOrganisation,
  createPlan,
  createShelterWithStaff,
  createTask,
  createUser,
} from './support/factories';
import { auditEvent } from './support/audit-events';

const t = useTestApp();

const missingId = '00000000-0000-4000-8000-000000000000';

async function setting() {
  const { session: caseworker, citizen, ...staff } = await municipalityWithCitizen(t);
  await t.db.updateTable('citizens').set({ phone: '12345678', alias: 'Kalle' }).where('id', '=', citizen.id).execute();
  await createHousingPeriod(t.db, { citizenId: citizen.id, category: 'shelter_110', fromDate: '2025-01-06' });
  const allocation = await createHousingAllocation(t.db, { citizenId: citizen.id, allocatedOn: '2025-02-01' });
  const partnerUser = await createUser(t.db, staff.partner.id, { role: 'partner_member' });
  const partner = await signInAs(t.app, partnerUser);
  return { ...staff, partnerOrg: staff.partner, caseworker, citizen, allocation, partnerUser, partner };
}
type Setting = Awaited<ReturnType<typeof setting>>;

/** The citizen's consent to share with the setting's partner (the factory's categories unless `values` say otherwise). */
function consentToPartner(
  s: Setting,
  values: Omit<Parameters<typeof createConsent>[1], 'organisationId' | 'citizenId' | 'partnerId'>,
) {
  return createConsent(t.db, {
    organisationId: s.organisation.id,
    citizenId: s.citizen.id,
    partnerId: s.partnerOrg.id,
    ...values,
  });
}

function partnerView(session: Session, citizenId: string) {
  return call(t.app, session, { method: 'GET', url: `/api/partner/citizens/${citizenId}` });
}

async function expectLikeMissing(session: Session, citizenId: string) {
  const real = await partnerView(session, citizenId);
  const missing = await partnerView(session, missingId);
  expect(real.statusCode).toBe(404);
  expect(real.json()).toEqual(missing.json());
}

/** Records through the API the citizen's consent to show the partner the housing category, from today for `days` days. */
const giveHousingConsent = (s: Setting, session: Session, purpose: string, days: number) =>
  call(t.app, session, {
    method: 'POST',
    url: `/api/citizens/${s.citizen.id}/consents`,
    payload: {
      partnerId: s.partnerOrg.id,
      categories: ['housing'],
      purpose,
      givenOn: todayInDenmark(),
      expiresOn: addDays(todayInDenmark(), days),
    },
  });

describe('recording a consent', () => {
  it('keeps scope (always with identity), purpose and expiry; the audit names the purpose without copying it', async () => {
    const s = await setting();
    const response = await giveHousingConsent(s, s.caseworker, 'Hjælp til indflytning og møbler', 180);
    expect(response.statusCode, response.body).toBe(201);
    const consent = response.json<Consent>();
    expect(consent).toMatchObject({
      citizenId: s.citizen.id,
      partner: { id: s.partnerOrg.id, name: s.partnerOrg.name },
      categories: ['identity', 'housing'],
      status: 'valid',
      withdrawnAt: null,
    });
    const list = await call(t.app, s.caseworker, { method: 'GET', url: `/api/citizens/${s.citizen.id}/consents` });
    expect(list.json<ConsentList>().items.map((c) => c.id)).toEqual([consent.id]);
    const event = await auditEvent(t.db, { action: 'consent.create', subjectId: consent.id }, [
      'citizen_id',
      'changes',
      'data_organisation_id',
    ]);
    expect(event.citizen_id).toBe(s.citizen.id);
    expect(event.data_organisation_id).toBe(s.organisation.id);
    expect(JSON.stringify(event.changes)).not.toContain('møbler');
  });

  it('refuses bad input, naming the field', async () => {
    const s = await setting();
    const stranger = await createOrganisation(t.db, { kind: 'partner' });
    const shelter = await createShelterWithStaff(t.db);
    await t.db
      .insertInto('organisation_partners')
      .values({ organisation_id: s.organisation.id, partner_id: shelter.organisation.id })
      .execute();
    const today = todayInDenmark();
    const base = {
      partnerId: s.partnerOrg.id,
      categories: ['housing'],
      purpose: 'Bolig',
      givenOn: today,
      expiresOn: addDays(today, 30),
    };
    const cases: [Record<string, unknown>, number, string][] = [
      [{ ...base, partnerId: stranger.id }, 422, 'partnerId'],
      [{ ...base, partnerId: shelter.organisation.id }, 422, 'partnerId'],
      [{ ...base, expiresOn: addDays(today, -1) }, 422, 'expiresOn'],
      [{ ...base, givenOn: addDays(today, 1), expiresOn: addDays(today, 5) }, 422, 'givenOn'],
      [{ ...base, expiresOn: addDays(today, 800) }, 422, 'expiresOn'],
      [{ ...base, categories: [] }, 400, 'categories'],
      [{ ...base, categories: ['cpr'] }, 400, 'categories.0'],
      [{ ...base, purpose: '  ' }, 400, 'purpose'],
    ];
    for (const [payload, status, field] of cases) {
      const response = await call(t.app, s.caseworker, {
        method: 'POST',
        url: `/api/citizens/${s.citizen.id}/consents`,
        payload,
      });
      expect(response.statusCode, `${field}: ${response.body}`).toBe(status);
      const fields = response.json<{ error: { fields?: { path: string; message: string }[] } }>().error.fields ?? [];
      expect(fields.map((f) => f.path)).toContain(field);
      expect(fields[0]?.message).not.toBe('');
    }
    expect(await t.db.selectFrom('citizen_consents').select('id').where('citizen_id', '=', s.citizen.id).execute()).toEqual([]);
  });

  it('is for those who manage consents: a shelter leader who reads the resident may not record one (403)', async () => {
    const s = await setting();
    const shelter = await createShelterWithStaff(t.db);
    const leader = await signInAs(t.app, shelter.leader);
    const response = await giveHousingConsent(s, leader, 'x', 0);
    expect(response.statusCode).toBe(403);
  });
});

describe('the partner’s consented view', () => {
  it('shows exactly the consented categories, never the CPR number, and audits every read for the handlekommune', async () => {
    const s = await setting();
    await createPlan(t.db, { citizenId: s.citizen.id, madeOn: '2025-01-10' });
    await giveHousingConsent(s, s.caseworker, 'Bolig', 30);
    const list = await call(t.app, s.partner, { method: 'GET', url: '/api/partner/citizens' });
    expect(list.statusCode).toBe(200);
    expect(list.json<PartnerCitizenList>().items).toEqual([
      expect.objectContaining({ id: s.citizen.id, firstName: s.citizen.firstName, categories: ['identity', 'housing'] }),
    ]);
    const view = await partnerView(s.partner, s.citizen.id);
    expect(view.statusCode, view.body).toBe(200);
    const body = view.json<PartnerCitizenView>();
    expect(body.identity).toMatchObject({ firstName: s.citizen.firstName, lastName: s.citizen.lastName, alias: 'Kalle' });
    expect(body.housing?.now?.category).toBe('shelter_110');
    expect(body.housing?.allocations.map((a) => a.address)).toEqual([s.allocation.address]);
    expect(Object.keys(body).sort()).toEqual([
      'categories',
      'expiresOn',
      'housing',
      'id',
      'identity',
      'municipalityName',
      'purposes',
    ]);
    expect(view.body).not.toContain('12345678');
    expect(view.body).not.toContain(s.citizen.cpr ?? 'no-cpr');
    expect(view.body).not.toContain(`${(s.citizen.cpr ?? '').slice(0, 6)}-`);
    expect(view.body).not.toContain('Egen bolig');
    const event = await auditEvent(t.db, { action: 'partner_view.read', actorUserId: s.partner.userId }, [
      'citizen_id',
      'data_organisation_id',
      'changes',
      'actor_user_id',
    ]);
    expect(event).toMatchObject({ citizen_id: s.citizen.id, data_organisation_id: s.organisation.id });
    expect(event.changes).toMatchObject({ categories: ['identity', 'housing'] });
  });

  it('adds contact, plan goals, support and meetings only when those are consented', async () => {
    const s = await setting();
    await createPlan(t.db, { citizenId: s.citizen.id, madeOn: '2025-01-10' });
    await createNetworkMeeting(t.db, { organisationId: s.organisation.id, citizenId: s.citizen.id });
    await consentToPartner(s, { categories: ['identity', 'contact', 'plan_goals', 'support', 'network_meetings'] });
    const body = (await partnerView(s.partner, s.citizen.id)).json<PartnerCitizenView>();
    expect(body.contact).toEqual({ phone: '12345678', email: null });
    expect(body.planGoals?.goals).toEqual([{ lifeArea: 'housing', goal: 'Egen bolig' }]);
    expect(body.support).toEqual([]);
    expect(body.networkMeetings).toHaveLength(1);
    expect(body.housing).toBeUndefined();
  });

  it('is cut at once by withdrawal: the list is empty and the citizen is “not found”', async () => {
    const s = await setting();
    const consent = (await giveHousingConsent(s, s.caseworker, 'Bolig', 30)).json<Consent>();
    expect((await partnerView(s.partner, s.citizen.id)).statusCode).toBe(200);
    const withdrawn = await call(t.app, s.caseworker, {
      method: 'POST',
      url: `/api/consents/${consent.id}/withdraw`,
      payload: { note: 'Borgeren ønsker det' },
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json<Consent>()).toMatchObject({ status: 'withdrawn', withdrawalNote: 'Borgeren ønsker det' });
    await expectLikeMissing(s.partner, s.citizen.id);
    expect(
      (await call(t.app, s.partner, { method: 'GET', url: '/api/partner/citizens' })).json<PartnerCitizenList>().items,
    ).toEqual([]);
    const again = await call(t.app, s.caseworker, { method: 'POST', url: `/api/consents/${consent.id}/withdraw`, payload: {} });
    expect(again.statusCode).toBe(422);
  });

  it('is cut by expiry, is not open before the consent is given, and needs the current handlekommune’s consent', async () => {
    const s = await setting();
    const today = todayInDenmark();
    const expired = await consentToPartner(s, { givenOn: addDays(today, -30), expiresOn: addDays(today, -1) });
    await expectLikeMissing(s.partner, s.citizen.id);
    await t.db.updateTable('citizen_consents').set({ expires_on: today }).where('id', '=', expired.id).execute();
    expect((await partnerView(s.partner, s.citizen.id)).statusCode).toBe(200);
    await t.db
      .updateTable('citizen_consents')
      .set({ given_on: addDays(today, 1), expires_on: addDays(today, 5) })
      .where('id', '=', expired.id)
      .execute();
    await expectLikeMissing(s.partner, s.citizen.id);
    await t.db.updateTable('citizen_consents').set({ given_on: today }).where('id', '=', expired.id).execute();
    expect((await partnerView(s.partner, s.citizen.id)).statusCode).toBe(200);
    const other = await createMunicipalityWithStaff(t.db);
    await t.db.updateTable('citizens').set({ handlekommune_id: other.organisation.id }).where('id', '=', s.citizen.id).execute();
    await expectLikeMissing(s.partner, s.citizen.id);
  });

  it('gives another partner, and every non-partner, 404 exactly like a citizen that does not exist', async () => {
    const s = await setting();
    await consentToPartner(s, { categories: ['identity', 'housing'] });
    const otherPartner = await createOrganisation(t.db, { kind: 'partner' });
    await t.db
      .insertInto('organisation_partners')
      .values({ organisation_id: s.organisation.id, partner_id: otherPartner.id })
      .execute();
    const otherUser = await createUser(t.db, otherPartner.id, { role: 'partner_member' });
    const other = await signInAs(t.app, otherUser);
    await expectLikeMissing(other, s.citizen.id);
    expect((await call(t.app, other, { method: 'GET', url: '/api/partner/citizens' })).json<PartnerCitizenList>().items).toEqual(
      [],
    );
    // The municipality's own caseworker reaches the citizen on the citizen routes, not through the partner view.
    await expectLikeMissing(s.caseworker, s.citizen.id);
    expect(
      (await call(t.app, s.caseworker, { method: 'GET', url: '/api/partner/citizens' })).json<PartnerCitizenList>().items,
    ).toEqual([]);
  });

  it('does not widen any other route: a consented partner still gets nothing from the citizen routes', async () => {
    const s = await setting();
    await consentToPartner(s, { categories: ['identity', 'contact', 'housing', 'plan_goals', 'support', 'network_meetings'] });
    const meeting = await createNetworkMeeting(t.db, { organisationId: s.organisation.id, citizenId: s.citizen.id });
    expect((await partnerView(s.partner, s.citizen.id)).statusCode).toBe(200);
    const citizenRoutes = securedRoutes.filter((r) => r.method === 'GET' && r.url.startsWith('/api/citizens/:id'));
    expect(citizenRoutes.length).toBeGreaterThan(10);
    for (const route of citizenRoutes) {
      const response = await call(t.app, s.partner, { method: 'GET', url: route.url.replace(':id', s.citizen.id) });
      expect([403, 404], route.url).toContain(response.statusCode);
      expect(response.body).not.toContain(s.citizen.lastName ?? 'no-name');
    }
    const meetingResponse = await call(t.app, s.partner, { method: 'GET', url: `/api/network-meetings/${meeting.id}` });
    expect(meetingResponse.statusCode).toBe(404);
    for (const url of [
      `/api/citizens?search=${encodeURIComponent(s.citizen.lastName ?? '')}`,
      '/api/by-name-list',
      '/api/time-report?from=2025-01-01&to=2025-12-31',
    ]) {
      const response = await call(t.app, s.partner, { method: 'GET', url });
      expect(response.statusCode, url).toBeLessThan(500);
      expect(response.body, url).not.toContain(s.citizen.lastName ?? 'no-name');
      expect(response.body, url).not.toContain(s.citizen.id);
    }
  });
});

describe('a partner’s tasks and the consent', () => {
  it('show who the citizen is only while the identity consent is valid', async () => {
    const s = await setting();
    const unit = await t.db
      .insertInto('units')
      .values({ organisation_id: s.partnerOrg.id, name: `Værested ${s.citizen.id.slice(0, 4)}`, kind: 'other' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db.insertInto('user_units').values({ user_id: s.partnerUser.id, unit_id: unit.id }).execute();
    const task = await createTask(t.db, {
      organisationId: s.organisation.id,
      citizenId: s.citizen.id,
      unitId: unit.id,
      title: 'Skaffe møbler',
    });
    const citizenOfTask = async () => {
      const response = await call(t.app, s.partner, { method: 'GET', url: `/api/tasks/${task.id}` });
      expect(response.statusCode, response.body).toBe(200);
      return { citizen: response.json<{ citizen: { id: string; name: string } | null }>().citizen, body: response.body };
    };
    const before = await citizenOfTask();
    expect(before.citizen).toBeNull();
    expect(before.body).not.toContain(s.citizen.lastName ?? 'x');
    const consent = await consentToPartner(s, { categories: ['identity'] });
    const during = await citizenOfTask();
    expect(during.citizen?.name).toContain(s.citizen.lastName ?? 'x');
    expect(during.body).not.toContain(s.citizen.cpr ?? 'no-cpr');
    await t.db
      .updateTable('citizen_consents')
      .set({ withdrawn_at: new Date(), withdrawn_by_name: 'Test' })
      .where('id', '=', consent.id)
      .execute();
    expect((await citizenOfTask()).citizen).toBeNull();
  });
});
