/**
 * § 110 stays through the API: a shelter registers a citizen with the admission, the
 * notification deadline (3 Danish working days, weekends and Easter), late notification,
 * discharge, nights and reimbursement days, and what shelters and municipalities each see.
 */
import { describe, expect, it } from 'vitest';
import type { Citizen, CitizenDetail, CitizenSummary, ErrorBody, ShelterResidentsSummary, ShelterStay } from '@hjemvej/contract';
import { addDays, addMonths, reimbursementCapOn } from '@hjemvej/domain';
import { todayInDenmark } from '../src/calendar/danish-time';
import { call, signInAs, useTestApp, type Session } from './support/test-app';
import { signedInShelter } from './support/scenarios';
import {
  createCitizen,
  createHousingAllocation,
  createMunicipalityWithStaff,
  createPlan,
  createShelterWithStaff,
  createStay,
  randomCpr,
} from './support/factories';
import { auditEvent, auditEvents } from './support/audit-events';

const t = useTestApp();

async function admitNew(session: Session, admittedOn: string, extra: Record<string, unknown> = {}) {
  const response = await call(t.app, session, {
    method: 'POST',
    url: '/api/citizens',
    payload: {
      firstName: 'Lars',
      lastName: `Beboer${Math.random().toString(36).slice(2, 7)}`,
      admission: {
        admittedOn,
        referral: 'referred',
        referredBy: 'Jobcentret',
        intake: {
          cameFrom: 'Gaden',
          homeMunicipality: 'Odense',
          whyHomeless: 'Skilsmisse',
          problems: { debt: true, substanceUse: true },
        },
      },
      ...extra,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ citizen: Citizen; stay: ShelterStay }>();
}

describe('a shelter registers a citizen with the admission', () => {
  it('creates citizen and stay in one transaction, with the intake and the notification deadline', async () => {
    const s = await signedInShelter(t);
    const municipality = await createMunicipalityWithStaff(t.db);
    const { citizen, stay } = await admitNew(s.session, '2025-03-07', {
      handlekommuneId: municipality.organisation.id,
      cpr: randomCpr(),
    });
    expect(citizen.handlekommune?.id).toBe(municipality.organisation.id);
    expect(stay).toMatchObject({
      citizenId: citizen.id,
      shelter: { id: s.organisation.id },
      admittedOn: '2025-03-07',
      referral: 'referred',
      referredBy: 'Jobcentret',
      intake: {
        cameFrom: 'Gaden',
        homeMunicipality: 'Odense',
        livedWhere: null,
        whyHomeless: 'Skilsmisse',
        problems: { social: false, psychiatric: false, substanceUse: true, debt: true, income: false },
        notes: null,
      },
      // Friday 7 March 2025: Monday, Tuesday, Wednesday.
      notification: { deadline: '2025-03-12', state: 'missing', isOnTime: false },
    });
    const events = await auditEvents(t.db, { citizenId: citizen.id }, ['action', 'citizen_id']);
    expect(events.map((e) => e.action)).toEqual(['citizen.create', 'stay.admit']);
  });

  it('refuses a shelter registration without the admission, and a referral without who referred', async () => {
    const s = await signedInShelter(t);
    const without = await call(t.app, s.session, { method: 'POST', url: '/api/citizens', payload: { alias: 'Uden ophold' } });
    expect(without.statusCode).toBe(422);
    expect(without.json<ErrorBody>().error.fields?.[0]?.path).toBe('admission');
    const noReferrer = await call(t.app, s.session, {
      method: 'POST',
      url: '/api/citizens',
      payload: { alias: 'X', admission: { admittedOn: '2025-03-03', referral: 'referred' } },
    });
    expect(noReferrer.statusCode).toBe(400);
    expect(noReferrer.json<ErrorBody>().error.fields?.[0]?.path).toBe('admission.referredBy');
    const future = await call(t.app, s.session, {
      method: 'POST',
      url: '/api/citizens',
      payload: { alias: 'X', admission: { admittedOn: addDays(todayInDenmark(), 2), referral: 'self' } },
    });
    expect(future.statusCode).toBe(422);
    expect(future.json<ErrorBody>().error.fields?.[0]?.path).toBe('admission.admittedOn');
    const count = await t.db
      .selectFrom('citizens')
      .select('id')
      .where('created_by_organisation_id', '=', s.organisation.id)
      .execute();
    expect(count).toEqual([]);
  });
});

describe('notifying the handlekommune (§ 110 stk. 6)', () => {
  it('counts 3 working days past Easter, flags a late notification and accepts one on the deadline', async () => {
    const s = await signedInShelter(t);
    // Wednesday before Easter 2025: Skærtorsdag, Langfredag, the weekend and 2. påskedag do not count.
    const { stay } = await admitNew(s.session, '2025-04-16');
    expect(stay.notification.deadline).toBe('2025-04-24');
    const late = await call(t.app, s.session, {
      method: 'POST',
      url: `/api/shelter-stays/${stay.id}/notification`,
      payload: { sentOn: '2025-04-25' },
    });
    expect(late.statusCode, late.body).toBe(200);
    expect(late.json<ShelterStay>()).toMatchObject({
      handlekommuneNotifiedOn: '2025-04-25',
      notification: { state: 'late', isOnTime: false, workingDaysLate: 1 },
    });

    const { stay: weekend } = await admitNew(s.session, '2025-03-07');
    const onTime = await call(t.app, s.session, {
      method: 'POST',
      url: `/api/shelter-stays/${weekend.id}/notification`,
      payload: { sentOn: '2025-03-12' },
    });
    expect(onTime.json<ShelterStay>().notification).toMatchObject({ deadline: '2025-03-12', state: 'on_time', isOnTime: true });
    const event = await auditEvent(t.db, { action: 'stay.notify', subjectId: weekend.id }, ['changes', 'citizen_id']);
    expect(event.citizen_id).toBe(weekend.citizenId);
  });

  it('refuses a notification before the admission, naming the field', async () => {
    const s = await signedInShelter(t);
    const { stay } = await admitNew(s.session, '2025-03-07');
    const response = await call(t.app, s.session, {
      method: 'POST',
      url: `/api/shelter-stays/${stay.id}/notification`,
      payload: { sentOn: '2025-03-06' },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json<ErrorBody>().error.fields?.[0]?.path).toBe('sentOn');
  });
});

describe('discharge, nights and reimbursement days', () => {
  it('refuses a discharge before the admission, then records it with how and where', async () => {
    const s = await signedInShelter(t);
    const today = todayInDenmark();
    const { stay } = await admitNew(s.leaderSession, addDays(today, -10));
    const before = await call(t.app, s.leaderSession, {
      method: 'POST',
      url: `/api/shelter-stays/${stay.id}/discharge`,
      payload: { dischargedOn: addDays(today, -11), reason: 'planned', destination: 'family_friends' },
      headers: { 'accept-language': 'da' },
    });
    expect(before.statusCode).toBe(422);
    const field = before.json<ErrorBody>().error.fields?.[0];
    expect(field?.path).toBe('dischargedOn');
    expect(field?.message).toContain('før optagelsesdatoen');

    // Not to own housing: that waits for the § 110 stk. 5 conditions (discharge-block.test.ts).
    const discharged = await call(t.app, s.leaderSession, {
      method: 'POST',
      url: `/api/shelter-stays/${stay.id}/discharge`,
      payload: { dischargedOn: addDays(today, -5), reason: 'planned', destination: 'family_friends' },
    });
    expect(discharged.statusCode, discharged.body).toBe(200);
    const body = discharged.json<ShelterStay>();
    expect(body).toMatchObject({
      dischargedOn: addDays(today, -5),
      dischargeReason: 'planned',
      dischargeDestination: 'family_friends',
      nights: 5,
    });
    expect(body.reimbursement).toMatchObject({
      periodStart: addDays(today, -10),
      reimbursedNights: 5,
      limit: reimbursementCapOn(today),
    });

    const twice = await call(t.app, s.leaderSession, {
      method: 'POST',
      url: `/api/shelter-stays/${stay.id}/discharge`,
      payload: { dischargedOn: today, reason: 'other', destination: 'unknown' },
    });
    expect(twice.statusCode).toBe(422);
  });

  it('counts reimbursement days across shelters, while each shelter sees only its own stays', async () => {
    const a = await signedInShelter(t);
    const b = await signedInShelter(t);
    const today = todayInDenmark();
    const citizen = await createCitizen(t.db, { handlekommuneId: null, createdByOrganisationId: a.organisation.id });
    await createStay(t.db, {
      citizenId: citizen.id,
      shelterId: a.organisation.id,
      admittedOn: addDays(today, -30),
      dischargedOn: addDays(today, -20),
    });
    const admitted = await call(t.app, b.session, {
      method: 'POST',
      url: `/api/citizens/${citizen.id}/shelter-stays`,
      payload: { admittedOn: addDays(today, -3), referral: 'self' },
    });
    // Shelter B did not know the citizen: not in its scope until it has a stay there.
    expect(admitted.statusCode).toBe(404);
    await createStay(t.db, { citizenId: citizen.id, shelterId: b.organisation.id, admittedOn: addDays(today, -3) });

    const stays = (await call(t.app, b.session, { method: 'GET', url: `/api/citizens/${citizen.id}/shelter-stays` })).json<{
      items: ShelterStay[];
    }>().items;
    expect(stays).toHaveLength(1);
    expect(stays[0]).toMatchObject({ shelter: { id: b.organisation.id }, nights: 4 });
    expect(stays[0]?.reimbursement).toMatchObject({ periodStart: addDays(today, -30), reimbursedNights: 14 });
    const body = JSON.stringify(stays);
    expect(body).not.toContain(a.organisation.id);
  });

  it('refuses a second open stay at the same shelter, naming the admission date', async () => {
    const s = await signedInShelter(t);
    const { citizen } = await admitNew(s.session, '2025-06-02');
    const again = await call(t.app, s.session, {
      method: 'POST',
      url: `/api/citizens/${citizen.id}/shelter-stays`,
      payload: { admittedOn: '2025-07-01', referral: 'self' },
    });
    expect(again.statusCode).toBe(422);
    expect(again.json<ErrorBody>().error.fields?.[0]?.path).toBe('admittedOn');
  });
});

describe('editing the intake', () => {
  it('keeps versions: the second of two editors gets 409 with what changed', async () => {
    const s = await signedInShelter(t);
    const { stay } = await admitNew(s.session, '2025-05-05');
    const first = await call(t.app, s.leaderSession, {
      method: 'PATCH',
      url: `/api/shelter-stays/${stay.id}`,
      payload: { version: 1, intake: { livedWhere: 'Hos en ven i Vollsmose' } },
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<ShelterStay>()).toMatchObject({
      version: 2,
      intake: { livedWhere: 'Hos en ven i Vollsmose', cameFrom: 'Gaden', problems: { debt: true } },
    });
    const second = await call(t.app, s.session, {
      method: 'PATCH',
      url: `/api/shelter-stays/${stay.id}`,
      payload: { version: 1, intake: { notes: 'Ønsker bolig i Odense' } },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json<ErrorBody>().error.conflict).toMatchObject({
      changedFields: ['intake'],
      current: { id: stay.id, version: 2 },
    });
  });
});

describe('who sees what', () => {
  it('a shelter sees only citizens with a stay at it; the handlekommune sees the open stay but only the shelter changes it', async () => {
    const a = await signedInShelter(t);
    const b = await signedInShelter(t);
    const municipality = await createMunicipalityWithStaff(t.db);
    const caseworker = await signInAs(t.app, municipality.caseworker);
    const { citizen, stay } = await admitNew(a.session, '2025-09-01', { handlekommuneId: municipality.organisation.id });

    const ownList = (await call(t.app, a.session, { method: 'GET', url: '/api/citizens' })).json<{ items: CitizenSummary[] }>();
    expect(ownList.items.map((c) => c.id)).toEqual([citizen.id]);
    const otherList = (await call(t.app, b.session, { method: 'GET', url: '/api/citizens' })).json<{ items: CitizenSummary[] }>();
    expect(otherList.items).toEqual([]);
    expect((await call(t.app, b.session, { method: 'GET', url: `/api/citizens/${citizen.id}` })).statusCode).toBe(404);
    expect(
      (
        await call(t.app, b.session, {
          method: 'POST',
          url: `/api/shelter-stays/${stay.id}/notification`,
          payload: { sentOn: '2025-09-02' },
        })
      ).statusCode,
    ).toBe(404);

    const detail = await call(t.app, caseworker, { method: 'GET', url: `/api/citizens/${citizen.id}` });
    expect(detail.statusCode).toBe(200);
    expect(detail.json<CitizenDetail>().openStay?.id).toBe(stay.id);
    const notify = await call(t.app, caseworker, {
      method: 'POST',
      url: `/api/shelter-stays/${stay.id}/notification`,
      payload: { sentOn: '2025-09-02' },
    });
    expect(notify.statusCode).toBe(403);
    const admit = await call(t.app, caseworker, {
      method: 'POST',
      url: `/api/citizens/${citizen.id}/shelter-stays`,
      payload: { admittedOn: '2025-09-05', referral: 'self' },
    });
    expect(admit.statusCode).toBe(403);
  });
});

describe('the shelter’s residents summary (its start page)', () => {
  it('counts the residents now, notifications due and missing, long stays and residents without a § 142 plan', async () => {
    const shelter = await createShelterWithStaff(t.db);
    const municipality = await createMunicipalityWithStaff(t.db);
    const today = todayInDenmark();
    const resident = async (admittedOn: string, extra: { notifiedOn?: string | null; dischargedOn?: string | null } = {}) => {
      const citizen = await createCitizen(t.db, { handlekommuneId: municipality.organisation.id });
      await createStay(t.db, { citizenId: citizen.id, shelterId: shelter.organisation.id, admittedOn, ...extra });
      return citizen;
    };
    await resident(today); // notification due within 3 working days
    await resident(addDays(today, -10)); // not notified, deadline passed
    const withPlan = await resident(addMonths(today, -3), { notifiedOn: addMonths(today, -3) });
    await createPlan(t.db, { citizenId: withPlan.id, kind: '142', madeOn: addMonths(today, -3) });
    const movingSoon = await resident(addMonths(today, -5), { notifiedOn: addMonths(today, -5) });
    const discharged = await resident(addMonths(today, -6), {
      notifiedOn: addMonths(today, -6),
      dischargedOn: addDays(today, -1),
    });
    // Discharges coming: a home allocated with a move-in within 14 days; one later, one moved, one for a former resident don't count.
    await createHousingAllocation(t.db, {
      citizenId: movingSoon.id,
      allocatedOn: addDays(today, -20),
      plannedMoveInOn: addDays(today, 9),
    });
    await createHousingAllocation(t.db, {
      citizenId: withPlan.id,
      allocatedOn: addDays(today, -20),
      plannedMoveInOn: addDays(today, 40),
    });
    await createHousingAllocation(t.db, {
      citizenId: discharged.id,
      allocatedOn: addDays(today, -20),
      plannedMoveInOn: addDays(today, 2),
    });

    const session = await signInAs(t.app, shelter.leader);
    const response = await call(t.app, session, { method: 'GET', url: '/api/shelter-stays/summary' });
    expect(response.statusCode, response.body).toBe(200);
    const summary = response.json<ShelterResidentsSummary>();
    expect(summary).toMatchObject({
      residents: 4,
      notificationsDue: 1,
      notificationsMissing: 1,
      pastTwoMonths: 2,
      pastFourMonths: 1,
      withoutPlan142: 3,
      dischargesComing: 1,
      nextDischargeOn: addDays(today, 9),
    });
    expect(summary.nextNotificationDeadline ?? '').toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((summary.nextNotificationDeadline ?? '') > today).toBe(true);

    // The handlekommune's caseworker has no shelter of their own: nothing to count.
    const caseworker = await signInAs(t.app, municipality.caseworker);
    const theirs = await call(t.app, caseworker, { method: 'GET', url: '/api/shelter-stays/summary' });
    expect(theirs.json<ShelterResidentsSummary>()).toMatchObject({ residents: 0, notificationsDue: 0 });
  });
});
