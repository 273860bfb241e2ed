/**
 * Outcome follow-ups through the API: due dates 3, 6 and 12 months after the move-in, the
 * refused follow-up before the move-in, and losing the home: the citizen is back on the
 * homeless list (the housing situation changes) and counted as "returned from housing".
 */
import { describe, expect, it } from 'vitest';
import type { ErrorBody, FollowUp, FollowUpSchedule, HousingAllocation, HousingPeriod } from '@hjemvej/contract';
import { addDays, addMonths } from '@hjemvej/domain';
import { todayInDenmark } from '../src/calendar/danish-time';
import { call, signInAs, useTestApp, type Session } from './support/test-app';
import { municipalityWithCitizen } from './support/scenarios';
import { createHousingAllocation, createHousingPeriod, createShelterWithStaff, createStay } from './support/factories';
import { auditEvent, auditEvents } from './support/audit-events';

const t = useTestApp();

interface HousingAnswer {
  items: HousingPeriod[];
  current: HousingPeriod | null;
  homelessSince: string | null;
}

const today = todayInDenmark();
const fieldOf = (body: string) => (JSON.parse(body) as ErrorBody).error.fields?.[0];

/** A citizen at a shelter who moved into own housing `daysAgo` days ago (through the API). */
async function movedIn(daysAgo: number) {
  const { session, citizen, ...staff } = await municipalityWithCitizen(t);
  await createHousingPeriod(t.db, { citizenId: citizen.id, category: 'shelter_110', fromDate: addDays(today, -daysAgo - 60) });
  const moveInOn = addDays(today, -daysAgo);
  const created = await call(t.app, session, {
    method: 'POST',
    url: `/api/citizens/${citizen.id}/housing-allocations`,
    payload: {
      address: 'Skovparken 4, st. tv.',
      allocatedOn: addDays(moveInOn, -20),
      leaseSignedOn: addDays(moveInOn, -10),
      moveInOn,
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  return { ...staff, session, citizen, moveInOn, allocation: created.json<HousingAllocation>() };
}

function record(session: Session, allocationId: string, payload: Record<string, unknown>) {
  return call(t.app, session, {
    method: 'POST',
    url: `/api/housing-allocations/${allocationId}/follow-ups`,
    payload,
    headers: { 'accept-language': 'da' },
  });
}

async function schedule(session: Session, citizenId: string): Promise<FollowUpSchedule> {
  const response = await call(t.app, session, { method: 'GET', url: `/api/citizens/${citizenId}/follow-ups` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<FollowUpSchedule>();
}

describe('follow-ups after the move-in', () => {
  it('are due 3, 6 and 12 months after the move-in', async () => {
    const c = await movedIn(95);
    const plan = await schedule(c.session, c.citizen.id);
    expect(plan.returnedFromHousing).toBe(false);
    expect(plan.items).toHaveLength(1);
    expect(plan.items[0]).toMatchObject({ housingAllocationId: c.allocation.id, moveInOn: c.moveInOn });
    expect(plan.items[0]?.milestones.map((m) => [m.milestone, m.dueOn, m.state])).toEqual([
      [3, addMonths(c.moveInOn, 3), 'due'],
      [6, addMonths(c.moveInOn, 6), 'upcoming'],
      [12, addMonths(c.moveInOn, 12), 'upcoming'],
    ]);

    const old = await movedIn(190);
    const late = await schedule(old.session, old.citizen.id);
    expect(late.items[0]?.milestones.map((m) => m.state)).toEqual(['overdue', 'due', 'upcoming']);
  });

  it('records that the citizen keeps the home', async () => {
    const c = await movedIn(95);
    const response = await record(c.session, c.allocation.id, {
      milestone: 3,
      checkedOn: today,
      keepsHome: true,
      note: 'Trives, har fået kontakt til naboen',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<FollowUp>()).toMatchObject({
      milestone: 3,
      keepsHome: true,
      lostHomeOn: null,
      returnedFromHousing: false,
      version: 1,
    });
    const plan = await schedule(c.session, c.citizen.id);
    expect(plan.items[0]?.milestones[0]).toMatchObject({ state: 'done', followUp: { id: response.json<FollowUp>().id } });
    const event = await auditEvent(t.db, { action: 'follow_up.create', subjectId: response.json<FollowUp>().id }, ['citizen_id']);
    expect(event.citizen_id).toBe(c.citizen.id);
  });

  it('refuses a follow-up before the move-in, ahead of today, twice for a milestone, or before any move-in', async () => {
    const c = await movedIn(95);
    const before = await record(c.session, c.allocation.id, {
      milestone: 3,
      checkedOn: addDays(c.moveInOn, -1),
      keepsHome: true,
    });
    expect(before.statusCode).toBe(422);
    expect(fieldOf(before.body)?.path).toBe('checkedOn');
    expect(fieldOf(before.body)?.message).toContain('før indflytningen');
    const ahead = await record(c.session, c.allocation.id, { milestone: 3, checkedOn: addDays(today, 1), keepsHome: true });
    expect(fieldOf(ahead.body)?.path).toBe('checkedOn');
    expect((await record(c.session, c.allocation.id, { milestone: 3, checkedOn: today, keepsHome: true })).statusCode).toBe(201);
    const twice = await record(c.session, c.allocation.id, { milestone: 3, checkedOn: today, keepsHome: true });
    expect(twice.statusCode).toBe(422);
    expect(fieldOf(twice.body)?.path).toBe('milestone');
    const lostWhileKept = await record(c.session, c.allocation.id, {
      milestone: 6,
      checkedOn: today,
      keepsHome: true,
      lostHomeOn: today,
    });
    expect(lostWhileKept.statusCode).toBe(400);
    expect(fieldOf(lostWhileKept.body)?.path).toBe('lostHomeOn');

    const notYet = await createHousingAllocation(t.db, { citizenId: c.citizen.id, allocatedOn: addDays(today, -5) });
    const noMoveIn = await record(c.session, notYet.id, { milestone: 3, checkedOn: today, keepsHome: true });
    expect(noMoveIn.statusCode).toBe(422);
    expect(fieldOf(noMoveIn.body)?.message).toContain('ikke flyttet ind');
  });
});

describe('losing the home', () => {
  it('puts the citizen back on the homeless list, counted as returned from housing', async () => {
    const c = await movedIn(200);
    const lostHomeOn = addDays(today, -10);
    const response = await record(c.session, c.allocation.id, {
      milestone: 6,
      checkedOn: today,
      keepsHome: false,
      lostHomeOn,
      returnCategory: 'rough_sleeping',
      note: 'Udsat efter huslejerestance',
    });
    expect(response.statusCode, response.body).toBe(201);
    const followUp = response.json<FollowUp>();
    expect(followUp).toMatchObject({ keepsHome: false, lostHomeOn, returnedFromHousing: true });
    expect(followUp.returnedHousingPeriodId).not.toBeNull();

    const housing = (
      await call(t.app, c.session, { method: 'GET', url: `/api/citizens/${c.citizen.id}/housing-periods` })
    ).json<HousingAnswer>();
    expect(housing.items.map((p) => [p.category, p.fromDate, p.toDate])).toEqual([
      ['shelter_110', addDays(c.moveInOn, -60), c.moveInOn],
      ['own_home_with_lease', c.moveInOn, lostHomeOn],
      ['rough_sleeping', lostHomeOn, null],
    ]);
    expect(housing.current).toMatchObject({ id: followUp.returnedHousingPeriodId, category: 'rough_sleeping', isHomeless: true });
    expect(housing.homelessSince).toBe(lostHomeOn);

    const plan = await schedule(c.session, c.citizen.id);
    expect(plan.returnedFromHousing).toBe(true);
    // After the loss, follow-ups not made (the missed 3-month one too) no longer apply.
    expect(plan.items[0]?.milestones.map((m) => m.state)).toEqual(['not_applicable', 'done', 'not_applicable']);
    const again = await record(c.session, c.allocation.id, { milestone: 12, checkedOn: today, keepsHome: true });
    expect(again.statusCode).toBe(422);
    expect(fieldOf(again.body)?.path).toBe('keepsHome');

    const events = await auditEvents(t.db, { citizenId: c.citizen.id, action: ['follow_up.create', 'housing_period.create'] }, [
      'action',
    ]);
    expect(events.map((e) => e.action).sort()).toEqual(['follow_up.create', 'housing_period.create', 'housing_period.create']);
  });

  it('defaults to an unknown situation from the day of the follow-up, and refuses a loss before the move-in', async () => {
    const c = await movedIn(100);
    const early = await record(c.session, c.allocation.id, {
      milestone: 3,
      checkedOn: today,
      keepsHome: false,
      lostHomeOn: addDays(c.moveInOn, -1),
    });
    expect(early.statusCode).toBe(422);
    expect(fieldOf(early.body)?.path).toBe('lostHomeOn');
    const afterCheck = await record(c.session, c.allocation.id, {
      milestone: 3,
      checkedOn: addDays(today, -2),
      keepsHome: false,
      lostHomeOn: addDays(today, -1),
    });
    expect(fieldOf(afterCheck.body)?.path).toBe('lostHomeOn');
    const lost = await record(c.session, c.allocation.id, { milestone: 3, checkedOn: today, keepsHome: false });
    expect(lost.statusCode, lost.body).toBe(201);
    const housing = (
      await call(t.app, c.session, { method: 'GET', url: `/api/citizens/${c.citizen.id}/housing-periods` })
    ).json<HousingAnswer>();
    expect(housing.current).toMatchObject({ category: 'unknown', fromDate: today, toDate: null });
    expect(housing.items.find((p) => p.category === 'own_home_with_lease')?.toDate).toBe(today);
  });
});

describe('correcting a follow-up', () => {
  it('the second of two editors gets 409 with what changed', async () => {
    const c = await movedIn(95);
    const created = (
      await record(c.session, c.allocation.id, { milestone: 3, checkedOn: today, keepsHome: true })
    ).json<FollowUp>();
    const first = await call(t.app, c.session, {
      method: 'PATCH',
      url: `/api/follow-ups/${created.id}`,
      payload: { version: 1, checkedOn: addDays(today, -1) },
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<FollowUp>()).toMatchObject({ checkedOn: addDays(today, -1), version: 2 });
    const second = await call(t.app, c.session, {
      method: 'PATCH',
      url: `/api/follow-ups/${created.id}`,
      payload: { version: 1, note: 'Anden note' },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json<ErrorBody>().error.conflict).toMatchObject({
      changedFields: ['checkedOn'],
      current: { id: created.id, version: 2 },
    });
    const before = await call(t.app, c.session, {
      method: 'PATCH',
      url: `/api/follow-ups/${created.id}`,
      payload: { version: 2, checkedOn: addDays(c.moveInOn, -1) },
    });
    expect(before.statusCode).toBe(422);
    expect(fieldOf(before.body)?.path).toBe('checkedOn');
  });
});

describe('who sees and records follow-ups', () => {
  it('another municipality gets 404; a shelter reads for its residents but does not record', async () => {
    const c = await movedIn(95);
    const stranger = await movedIn(95);
    const shelter = await createShelterWithStaff(t.db);
    await createStay(t.db, {
      citizenId: c.citizen.id,
      shelterId: shelter.organisation.id,
      admittedOn: addDays(c.moveInOn, -30),
      dischargedOn: c.moveInOn,
    });
    const created = (
      await record(c.session, c.allocation.id, { milestone: 3, checkedOn: today, keepsHome: true })
    ).json<FollowUp>();
    const requests = [
      { method: 'GET' as const, url: `/api/citizens/${c.citizen.id}/follow-ups` },
      {
        method: 'POST' as const,
        url: `/api/housing-allocations/${c.allocation.id}/follow-ups`,
        payload: { milestone: 6, checkedOn: today, keepsHome: false },
      },
      { method: 'PATCH' as const, url: `/api/follow-ups/${created.id}`, payload: { version: 1, note: 'x' } },
    ];
    for (const request of requests) expect((await call(t.app, stranger.session, request)).statusCode, request.url).toBe(404);
    const own = await schedule(stranger.session, stranger.citizen.id);
    expect(JSON.stringify(own)).not.toContain(c.allocation.id);

    const staff = await signInAs(t.app, shelter.staff);
    const [read, ...writes] = requests;
    expect((await call(t.app, staff, read!)).json<FollowUpSchedule>().items[0]?.milestones[0]?.followUp?.id).toBe(created.id);
    for (const request of writes) expect((await call(t.app, staff, request)).statusCode, request.url).toBe(403);
    const unchanged = await t.db
      .selectFrom('housing_periods')
      .select('category')
      .where('citizen_id', '=', c.citizen.id)
      .where('to_date', 'is', null)
      .execute();
    expect(unchanged).toEqual([{ category: 'own_home_with_lease' }]);
  });
});
