/**
 * Housing allocations (anvisning) through the API: recording the offer, the refused impossible
 * sequences (each naming its field), the move-in that ends the homeless period and starts "own
 * home with lease" in one transaction, withdrawal, concurrent edits, and who may see and change.
 */
import { describe, expect, it } from 'vitest';
import type { ErrorBody, HousingAllocation, HousingPeriod } from '@hjemvej/contract';
import { addDays } from '@hjemvej/domain';
import { todayInDenmark } from '../src/calendar/danish-time';
import { call, signInAs, useTestApp, type Session } from './support/test-app';
import { municipalityWithCitizen } from './support/scenarios';
import { createHousingAssociation, createHousingPeriod, createShelterWithStaff, createStay } from './support/factories';
import { auditEvent, auditEvents } from './support/audit-events';

const t = useTestApp();

const today = todayInDenmark();

async function allocate(session: Session, citizenId: string, payload: Record<string, unknown>) {
  return call(t.app, session, {
    method: 'POST',
    url: `/api/citizens/${citizenId}/housing-allocations`,
    payload,
    headers: { 'accept-language': 'da' },
  });
}

function fieldOf(body: string): { path: string; message: string } | undefined {
  return (JSON.parse(body) as ErrorBody).error.fields?.[0];
}

/** An allocation at `address`, allocated 30 days ago with the lease signed 20 days ago. */
async function signedAllocation(session: Session, citizenId: string, address: string) {
  const response = await allocate(session, citizenId, {
    address,
    allocatedOn: addDays(today, -30),
    leaseSignedOn: addDays(today, -20),
  });
  return response.json<HousingAllocation>();
}

function change(session: Session, allocationId: string, payload: Record<string, unknown>) {
  return call(t.app, session, { method: 'PATCH', url: `/api/housing-allocations/${allocationId}`, payload });
}

function moveIn(session: Session, allocationId: string, version: number, moveInOn: string) {
  return call(t.app, session, {
    method: 'POST',
    url: `/api/housing-allocations/${allocationId}/move-in`,
    payload: { version, moveInOn },
  });
}

/** The move-in on `moveInOn` is refused (422) naming the field. */
async function expectMoveInRefused(session: Session, allocationId: string, version: number, moveInOn: string) {
  const refused = await moveIn(session, allocationId, version, moveInOn);
  expect(refused.statusCode).toBe(422);
  expect(fieldOf(refused.body)?.path).toBe('moveInOn');
}

describe('recording an allocation', () => {
  it('records address, housing association, rent and rooms, audited with the citizen', async () => {
    const m = await municipalityWithCitizen(t);
    const association = await createHousingAssociation(t.db, m.organisation.id);
    const response = await allocate(m.session, m.citizen.id, {
      address: 'Vollsmose Allé 12, 1. th., 5240 Odense NØ',
      landlord: 'Civica, afdeling 3',
      partnerId: association.id,
      monthlyRent: 3512.5,
      rooms: 2,
      allocatedOn: addDays(today, -20),
      plannedMoveInOn: addDays(today, 10),
    });
    expect(response.statusCode, response.body).toBe(201);
    const allocation = response.json<HousingAllocation>();
    expect(allocation).toMatchObject({
      citizenId: m.citizen.id,
      partner: { id: association.id, name: association.name },
      monthlyRent: 3512.5,
      rooms: 2,
      status: 'allocated',
      plannedMoveInOn: addDays(today, 10),
      moveInOn: null,
      version: 1,
    });
    const event = await auditEvent(t.db, { action: 'housing_allocation.create', subjectId: allocation.id }, [
      'citizen_id',
      'subject_type',
    ]);
    expect(event).toEqual({ citizen_id: m.citizen.id, subject_type: 'housing_allocation' });

    const list = await call(t.app, m.session, { method: 'GET', url: `/api/citizens/${m.citizen.id}/housing-allocations` });
    expect(list.json<{ items: HousingAllocation[] }>().items.map((a) => a.id)).toEqual([allocation.id]);
  });

  it('refuses a partner that is not one of the municipality’s housing associations', async () => {
    const m = await municipalityWithCitizen(t);
    const other = await municipalityWithCitizen(t);
    const foreign = await createHousingAssociation(t.db, other.organisation.id);
    for (const partnerId of [m.partner.id, foreign.id]) {
      const response = await allocate(m.session, m.citizen.id, { address: 'Testvej 1', allocatedOn: '2025-03-03', partnerId });
      expect(response.statusCode).toBe(422);
      expect(fieldOf(response.body)?.path).toBe('partnerId');
    }
  });
});

describe('impossible sequences are refused, naming the field', () => {
  it('on recording: lease before allocation, move-in before lease, planned move-in before allocation, dates ahead', async () => {
    const m = await municipalityWithCitizen(t);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ allocatedOn: '2025-03-10', leaseSignedOn: '2025-03-09' }, 'leaseSignedOn', 'før anvisningen'],
      [{ allocatedOn: '2025-03-10', plannedMoveInOn: '2025-03-01' }, 'plannedMoveInOn', 'før anvisningen'],
      [{ allocatedOn: '2025-03-10', leaseSignedOn: '2025-03-12', moveInOn: '2025-03-11' }, 'moveInOn', 'før lejeaftalen'],
      [{ allocatedOn: '2025-03-10', moveInOn: '2025-03-09', leaseSignedOn: '2025-03-10' }, 'moveInOn', 'før anvisningen'],
      [{ allocatedOn: '2025-03-10', moveInOn: '2025-03-11' }, 'leaseSignedOn', 'lejeaftalen'],
      [{ allocatedOn: addDays(today, 1) }, 'allocatedOn', 'fremtiden'],
      [{ allocatedOn: '2025-03-10', leaseSignedOn: addDays(today, 3) }, 'leaseSignedOn', 'fremtiden'],
    ];
    for (const [dates, field, text] of cases) {
      const response = await allocate(m.session, m.citizen.id, { address: 'Testvej 1', ...dates });
      expect(response.statusCode, JSON.stringify(dates)).toBe(422);
      const answer = fieldOf(response.body);
      expect(answer?.path, JSON.stringify(dates)).toBe(field);
      expect(answer?.message).toContain(text);
    }
    const stored = await t.db.selectFrom('housing_allocations').select('id').where('citizen_id', '=', m.citizen.id).execute();
    expect(stored).toEqual([]);
  });

  it('on changing: the field the user changed is named', async () => {
    const m = await municipalityWithCitizen(t);
    const created = (
      await allocate(m.session, m.citizen.id, { address: 'Testvej 2', allocatedOn: '2025-03-10', leaseSignedOn: '2025-03-14' })
    ).json<HousingAllocation>();
    const later = await change(m.session, created.id, { version: 1, allocatedOn: '2025-03-15' });
    expect(later.statusCode).toBe(422);
    expect(fieldOf(later.body)?.path).toBe('allocatedOn');
    const withdrawn = await change(m.session, created.id, { version: 1, withdrawnOn: '2025-03-01' });
    expect(withdrawn.statusCode).toBe(422);
    expect(fieldOf(withdrawn.body)?.path).toBe('withdrawnOn');
    await expectMoveInRefused(m.session, created.id, 1, '2025-03-12');
  });
});

describe('the move-in', () => {
  it('ends the homeless period and starts "own home with lease" in the same transaction', async () => {
    const m = await municipalityWithCitizen(t);
    const homelessFrom = addDays(today, -90);
    await createHousingPeriod(t.db, { citizenId: m.citizen.id, category: 'shelter_110', fromDate: homelessFrom });
    const created = await signedAllocation(m.session, m.citizen.id, 'Testvej 3');
    const moveInOn = addDays(today, -7);
    const response = await moveIn(m.session, created.id, 1, moveInOn);
    expect(response.statusCode, response.body).toBe(200);
    const moved = response.json<HousingAllocation>();
    expect(moved).toMatchObject({ status: 'moved_in', moveInOn, version: 2 });
    expect(moved.moveInHousingPeriodId).not.toBeNull();

    const housing = (await call(t.app, m.session, { method: 'GET', url: `/api/citizens/${m.citizen.id}/housing-periods` })).json<{
      items: HousingPeriod[];
      current: HousingPeriod | null;
      homelessSince: string | null;
    }>();
    expect(housing.items.map((p) => [p.category, p.fromDate, p.toDate])).toEqual([
      ['shelter_110', homelessFrom, moveInOn],
      ['own_home_with_lease', moveInOn, null],
    ]);
    expect(housing.current?.id).toBe(moved.moveInHousingPeriodId);
    expect(housing.homelessSince).toBeNull();

    const events = await auditEvents(
      t.db,
      { citizenId: m.citizen.id, action: ['housing_allocation.move_in', 'housing_period.create'] },
      ['action', 'citizen_id'],
    );
    expect(events.map((e) => e.action).sort()).toEqual(['housing_allocation.move_in', 'housing_period.create']);

    await expectMoveInRefused(m.session, created.id, 2, today);
    const withdraw = await change(m.session, created.id, { version: 2, withdrawnOn: today });
    expect(withdraw.statusCode).toBe(422);
    expect(fieldOf(withdraw.body)?.path).toBe('withdrawnOn');
  });

  it('refuses a move-in ahead of today and one that clashes with a later housing period, changing nothing', async () => {
    const m = await municipalityWithCitizen(t);
    await createHousingPeriod(t.db, { citizenId: m.citizen.id, category: 'family_friends', fromDate: addDays(today, -5) });
    const created = await signedAllocation(m.session, m.citizen.id, 'Testvej 4');
    await expectMoveInRefused(m.session, created.id, 1, addDays(today, 2));
    await expectMoveInRefused(m.session, created.id, 1, addDays(today, -10));
    const row = await t.db
      .selectFrom('housing_allocations')
      .select(['move_in_on', 'version'])
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ move_in_on: null, version: 1 });
  });

  it('a withdrawn allocation cannot be moved into', async () => {
    const m = await municipalityWithCitizen(t);
    const created = (
      await allocate(m.session, m.citizen.id, { address: 'Testvej 5', allocatedOn: '2025-03-10', leaseSignedOn: '2025-03-12' })
    ).json<HousingAllocation>();
    const withdrawn = await change(m.session, created.id, {
      version: 1,
      withdrawnOn: '2025-03-20',
      withdrawalReason: 'Borgeren takkede nej',
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json<HousingAllocation>()).toMatchObject({
      status: 'withdrawn',
      withdrawalReason: 'Borgeren takkede nej',
      version: 2,
    });
    await expectMoveInRefused(m.session, created.id, 2, '2025-03-21');
  });
});

describe('two people editing the same allocation', () => {
  it('the second gets 409 with the record as it is and what changed', async () => {
    const m = await municipalityWithCitizen(t);
    const created = (
      await allocate(m.session, m.citizen.id, { address: 'Testvej 6', allocatedOn: '2025-03-10' })
    ).json<HousingAllocation>();
    const first = await change(m.session, created.id, { version: 1, leaseSignedOn: '2025-03-15' });
    expect(first.statusCode, first.body).toBe(200);
    const second = await change(m.session, created.id, { version: 1, rooms: 3 });
    expect(second.statusCode).toBe(409);
    const conflict = second.json<ErrorBody>().error.conflict;
    expect(conflict?.changedFields).toEqual(['leaseSignedOn']);
    expect(conflict?.current).toMatchObject({ id: created.id, version: 2, leaseSignedOn: '2025-03-15', rooms: null });
  });
});

describe('who sees and changes allocations', () => {
  it('another municipality gets 404; a shelter reads for its residents but does not change', async () => {
    const m = await municipalityWithCitizen(t);
    const stranger = await municipalityWithCitizen(t);
    const shelter = await createShelterWithStaff(t.db);
    const otherShelter = await createShelterWithStaff(t.db);
    await createStay(t.db, { citizenId: m.citizen.id, shelterId: shelter.organisation.id, admittedOn: '2025-03-01' });
    const created = (
      await allocate(m.session, m.citizen.id, { address: 'Testvej 7', allocatedOn: '2025-03-10', leaseSignedOn: '2025-03-11' })
    ).json<HousingAllocation>();

    for (const request of [
      { method: 'GET' as const, url: `/api/housing-allocations/${created.id}` },
      { method: 'GET' as const, url: `/api/citizens/${m.citizen.id}/housing-allocations` },
      { method: 'PATCH' as const, url: `/api/housing-allocations/${created.id}`, payload: { version: 1, note: 'x' } },
      {
        method: 'POST' as const,
        url: `/api/housing-allocations/${created.id}/move-in`,
        payload: { version: 1, moveInOn: '2025-03-12' },
      },
    ]) {
      expect((await call(t.app, stranger.session, request)).statusCode).toBe(404);
    }
    const strangerList = await call(t.app, stranger.session, {
      method: 'GET',
      url: `/api/citizens/${stranger.citizen.id}/housing-allocations`,
    });
    expect(strangerList.json<{ items: HousingAllocation[] }>().items).toEqual([]);

    const staff = await signInAs(t.app, shelter.staff);
    expect((await call(t.app, staff, { method: 'GET', url: `/api/housing-allocations/${created.id}` })).statusCode).toBe(200);
    expect(
      (await call(t.app, staff, { method: 'GET', url: `/api/citizens/${m.citizen.id}/housing-allocations` })).json<{
        items: HousingAllocation[];
      }>().items,
    ).toHaveLength(1);
    expect((await change(staff, created.id, { version: 1, note: 'x' })).statusCode).toBe(403);
    expect(
      (
        await call(t.app, staff, {
          method: 'POST',
          url: `/api/housing-allocations/${created.id}/move-in`,
          payload: { version: 1, moveInOn: '2025-03-12' },
        })
      ).statusCode,
    ).toBe(403);
    expect((await allocate(staff, m.citizen.id, { address: 'Testvej 8', allocatedOn: '2025-03-10' })).statusCode).toBe(403);

    const outsider = await signInAs(t.app, otherShelter.staff);
    expect((await call(t.app, outsider, { method: 'GET', url: `/api/housing-allocations/${created.id}` })).statusCode).toBe(404);
  });
});
