/**
 * GET /api/by-name-list: the municipality's currently homeless citizens (returned from housing
 * included), a shelter's current residents; days, next step, warnings; filters, sort, paging;
 * only citizens in scope; audited with the filter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ByNameList } from '@hjemvej/contract';
import { addDays } from '@hjemvej/domain';
import { todayInDenmark } from '../src/modules/citizens/danish-time';
import { call, createTestApp, signIn, type Session, type TestApp } from './support/test-app';
import {
  createCitizen,
  createHousingAllocation,
  createHousingPeriod,
  createMunicipalityWithStaff,
  createPlan,
  createShelterWithStaff,
  createStay,
} from './support/factories';

let t: TestApp;
const today = todayInDenmark();

let m: Awaited<ReturnType<typeof createMunicipalityWithStaff>>;
let shelter: Awaited<ReturnType<typeof createShelterWithStaff>>;
let caseworker: Session;
let shelterSession: Session;
const ids: Record<'street' | 'resident' | 'housed' | 'returned' | 'foreign' | 'planned', string> = {
  street: '',
  resident: '',
  housed: '',
  returned: '',
  foreign: '',
  planned: '',
};

beforeAll(async () => {
  t = await createTestApp();
  m = await createMunicipalityWithStaff(t.db);
  shelter = await createShelterWithStaff(t.db);
  const other = await createMunicipalityWithStaff(t.db);

  const street = await createCitizen(t.db, { handlekommuneId: m.organisation.id, lastName: 'Aagaard' });
  await createHousingPeriod(t.db, { citizenId: street.id, category: 'rough_sleeping', fromDate: addDays(today, -10) });
  ids.street = street.id;

  const resident = await createCitizen(t.db, { handlekommuneId: m.organisation.id, lastName: 'Bech' });
  await createHousingPeriod(t.db, {
    citizenId: resident.id,
    category: 'family_friends',
    fromDate: addDays(today, -40),
    toDate: addDays(today, -20),
  });
  await createHousingPeriod(t.db, { citizenId: resident.id, category: 'shelter_110', fromDate: addDays(today, -20) });
  await createStay(t.db, { citizenId: resident.id, shelterId: shelter.organisation.id, admittedOn: addDays(today, -20) });
  ids.resident = resident.id;

  const housed = await createCitizen(t.db, { handlekommuneId: m.organisation.id, lastName: 'Clausen' });
  await createHousingPeriod(t.db, { citizenId: housed.id, category: 'own_home_with_lease', fromDate: addDays(today, -100) });
  ids.housed = housed.id;

  const returned = await createCitizen(t.db, { handlekommuneId: m.organisation.id, lastName: 'Dahl' });
  await createHousingPeriod(t.db, {
    citizenId: returned.id,
    category: 'own_home_with_lease',
    fromDate: addDays(today, -200),
    toDate: addDays(today, -50),
  });
  const lostPeriod = await createHousingPeriod(t.db, {
    citizenId: returned.id,
    category: 'rough_sleeping',
    fromDate: addDays(today, -50),
  });
  const allocation = await createHousingAllocation(t.db, {
    citizenId: returned.id,
    allocatedOn: addDays(today, -210),
    moveInOn: addDays(today, -200),
  });
  await t.db
    .insertInto('outcome_follow_ups')
    .values({
      citizen_id: returned.id,
      housing_allocation_id: allocation.id,
      milestone: 6,
      checked_on: addDays(today, -40),
      keeps_home: false,
      lost_home_on: addDays(today, -50),
      returned_from_housing: true,
      returned_housing_period_id: lostPeriod.id,
      note: null,
      created_by_user_id: null,
      updated_by_user_id: null,
    })
    .execute();
  ids.returned = returned.id;

  const planned = await createCitizen(t.db, { handlekommuneId: m.organisation.id, lastName: 'Eriksen' });
  await createHousingPeriod(t.db, { citizenId: planned.id, category: 'hotel_hostel', fromDate: addDays(today, -5) });
  await createPlan(t.db, { citizenId: planned.id, kind: '141', madeOn: addDays(today, -3) });
  ids.planned = planned.id;

  const foreign = await createCitizen(t.db, { handlekommuneId: other.organisation.id, lastName: 'Fremmed' });
  await createHousingPeriod(t.db, { citizenId: foreign.id, category: 'rough_sleeping', fromDate: addDays(today, -10) });
  ids.foreign = foreign.id;

  caseworker = await signIn(t.app, m.caseworker.email, m.caseworker.password);
  shelterSession = await signIn(t.app, shelter.staff.email, shelter.staff.password);
});
afterAll(() => t.close());

async function list(session: Session, query = ''): Promise<ByNameList> {
  const response = await call(t.app, session, { method: 'GET', url: `/api/by-name-list${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<ByNameList>();
}

describe('the by-name list of a municipality', () => {
  it('lists the currently homeless it is handlekommune for, returned from housing included, and no one else', async () => {
    const body = await list(caseworker, '?sort=name&dir=asc');
    expect(body.scope).toBe('municipality');
    expect(body.items.map((r) => r.citizenId)).toEqual([ids.street, ids.resident, ids.returned, ids.planned]);
    expect(body.total).toBe(4);
    const [street, resident, returned, planned] = body.items;
    expect(street).toMatchObject({ category: 'rough_sleeping', daysHomeless: 11, daysAtShelter: null, nextStep: 'make_plan' });
    expect(street?.cpr).toMatch(/^\d{6}-xxxx$/);
    expect(resident).toMatchObject({
      category: 'shelter_110',
      daysHomeless: 41,
      daysAtShelter: 21,
      shelterName: shelter.organisation.name,
      nextStep: 'notify_handlekommune',
    });
    expect(resident?.warnings.count).toBeGreaterThanOrEqual(3);
    expect(resident?.warnings.worst).toBe('missing');
    expect(resident?.warnings.messagesDa.join(' ')).toContain('uden en plan');
    expect(returned).toMatchObject({ returnedFromHousing: true, daysHomeless: 51 });
    expect(planned).toMatchObject({ nextStep: 'allocate_housing', warnings: { count: 0, worst: null, messagesDa: [] } });
  });

  it('filters, sorts and pages, with the total', async () => {
    expect((await list(caseworker, '?category=rough_sleeping&sort=daysHomeless&dir=desc')).items.map((r) => r.citizenId)).toEqual(
      [ids.returned, ids.street],
    );
    expect((await list(caseworker, '?warning=any')).items.map((r) => r.citizenId)).toEqual([ids.resident]);
    expect((await list(caseworker, '?search=Bech')).items.map((r) => r.citizenId)).toEqual([ids.resident]);
    expect((await list(caseworker, '?method=cti')).total).toBe(0);
    const page2 = await list(caseworker, '?sort=name&dir=asc&pageSize=1&page=2');
    expect(page2).toMatchObject({ total: 4, page: 2, pageSize: 1 });
    expect(page2.items.map((r) => r.citizenId)).toEqual([ids.resident]);

    const bad = await call(t.app, caseworker, { method: 'GET', url: '/api/by-name-list?sort=cpr' });
    expect(bad.statusCode).toBe(400);
  });

  it('is audited with the filter', async () => {
    await list(caseworker, '?category=hotel_hostel');
    const events = await t.db
      .selectFrom('audit_events')
      .select(['changes'])
      .where('action', '=', 'by_name_list.read')
      .where('actor_user_id', '=', m.caseworker.id)
      .execute();
    expect(events.some((e) => JSON.stringify(e.changes).includes('hotel_hostel'))).toBe(true);
  });
});

describe('the by-name list of a shelter', () => {
  it('lists its current residents only', async () => {
    const body = await list(shelterSession);
    expect(body.scope).toBe('shelter');
    expect(body.items.map((r) => r.citizenId)).toEqual([ids.resident]);
  });

  it('shows another municipality nothing of ours', async () => {
    const other = await createMunicipalityWithStaff(t.db);
    const stranger = await signIn(t.app, other.caseworker.email, other.caseworker.password);
    const body = await list(stranger);
    expect(body.total).toBe(0);
    for (const id of Object.values(ids)) expect(JSON.stringify(body)).not.toContain(id);
  });
});
