/**
 * GET /api/by-name-list: the municipality's currently homeless citizens (returned from housing
 * included), a shelter's current residents; days, next step, warnings; filters, sort, paging;
 * only citizens in scope; audited with the filter.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ByNameList } from '@hjemvej/contract';
import { addDays, type HousingCategory } from '@hjemvej/domain';
import { todayInDenmark } from '../src/calendar/danish-time';
import { call, signInAs, useTestApp, type Session } from './support/test-app';
import {
  createCitizen,
  createDecision,
  createFollowUp,
  createHousingAllocation,
  createHousingPeriod,
  createMunicipalityWithStaff,
  createPlan,
  createShelterWithStaff,
  createStay,
  createSupportCourse,
  createUnit,
} from './support/factories';
import { auditEvents } from './support/audit-events';

const t = useTestApp();
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

/** A housing period of the citizen from `fromDaysAgo` days ago until `toDaysAgo` (still going without). */
function periodOf(citizenId: string, category: HousingCategory, fromDaysAgo: number, toDaysAgo?: number) {
  const toDate = toDaysAgo === undefined ? null : addDays(today, -toDaysAgo);
  return createHousingPeriod(t.db, { citizenId, category, fromDate: addDays(today, -fromDaysAgo), toDate });
}

/** A citizen of the municipality `organisationId` with a first housing period (see periodOf). */
async function citizenIn(
  organisationId: string,
  lastName: string,
  category: HousingCategory,
  fromDaysAgo: number,
  toDaysAgo?: number,
) {
  const citizen = await createCitizen(t.db, { handlekommuneId: organisationId, lastName });
  await periodOf(citizen.id, category, fromDaysAgo, toDaysAgo);
  return citizen;
}

beforeAll(async () => {
  m = await createMunicipalityWithStaff(t.db);
  shelter = await createShelterWithStaff(t.db);
  const other = await createMunicipalityWithStaff(t.db);

  const street = await citizenIn(m.organisation.id, 'Aagaard', 'rough_sleeping', 10);
  ids.street = street.id;

  const resident = await citizenIn(m.organisation.id, 'Bech', 'family_friends', 40, 20);
  await periodOf(resident.id, 'shelter_110', 20);
  await createStay(t.db, { citizenId: resident.id, shelterId: shelter.organisation.id, admittedOn: addDays(today, -20) });
  ids.resident = resident.id;

  const housed = await citizenIn(m.organisation.id, 'Clausen', 'own_home_with_lease', 100);
  ids.housed = housed.id;

  const returned = await citizenIn(m.organisation.id, 'Dahl', 'own_home_with_lease', 200, 50);
  const lostPeriod = await periodOf(returned.id, 'rough_sleeping', 50);
  const allocation = await createHousingAllocation(t.db, {
    citizenId: returned.id,
    allocatedOn: addDays(today, -210),
    moveInOn: addDays(today, -200),
  });
  await createFollowUp(t.db, {
    citizenId: returned.id,
    housingAllocationId: allocation.id,
    milestone: 6,
    checkedOn: addDays(today, -40),
    lostHome: { on: addDays(today, -50), returnedHousingPeriodId: lostPeriod.id },
  });
  ids.returned = returned.id;

  const planned = await citizenIn(m.organisation.id, 'Eriksen', 'hotel_hostel', 5);
  await createPlan(t.db, { citizenId: planned.id, kind: '141', madeOn: addDays(today, -3) });
  ids.planned = planned.id;

  const foreign = await citizenIn(other.organisation.id, 'Fremmed', 'rough_sleeping', 10);
  ids.foreign = foreign.id;

  caseworker = await signInAs(t.app, m.caseworker);
  shelterSession = await signInAs(t.app, shelter.staff);
});

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
    const events = await auditEvents(t.db, { action: 'by_name_list.read', actorUserId: m.caseworker.id }, ['changes']);
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
    const stranger = await signInAs(t.app, other.caseworker);
    const body = await list(stranger);
    expect(body.total).toBe(0);
    for (const id of Object.values(ids)) expect(JSON.stringify(body)).not.toContain(id);
  });
});

/**
 * The warning filter and the warnings sort use the same findings as the badges: every rule of
 * evaluateCourse, not only those simple in SQL, and they stay in step after writes and as days pass.
 */
describe('filter, sort and badges agree', () => {
  let k: Awaited<ReturnType<typeof createMunicipalityWithStaff>>;
  let session: Session;
  let otherShelter: Awaited<ReturnType<typeof createShelterWithStaff>>;
  const who: Record<'reimbursement' | 'cti' | 'calm' | 'twoShelters', string> = {
    reimbursement: '',
    cti: '',
    calm: '',
    twoShelters: '',
  };

  beforeAll(async () => {
    k = await createMunicipalityWithStaff(t.db);
    otherShelter = await createShelterWithStaff(t.db);
    const team = await createUnit(t.db, k.organisation.id, { name: 'CTI-team', kind: 'cti' });
    session = await signInAs(t.app, k.caseworker);

    // At the shelter for 100 nights with everything in order for discharge: only the reimbursement days warn.
    const reimbursement = await createCitizen(t.db, { handlekommuneId: k.organisation.id, lastName: 'Refusion' });
    const admittedOn = addDays(today, -100);
    await createHousingPeriod(t.db, { citizenId: reimbursement.id, category: 'shelter_110', fromDate: admittedOn });
    await createStay(t.db, {
      citizenId: reimbursement.id,
      shelterId: shelter.organisation.id,
      admittedOn,
      notifiedOn: admittedOn,
    });
    await createPlan(t.db, { citizenId: reimbursement.id, kind: '142', madeOn: addDays(admittedOn, 5) });
    await createHousingAllocation(t.db, {
      citizenId: reimbursement.id,
      allocatedOn: addDays(today, -20),
      moveInOn: addDays(today, -1),
    });
    await createDecision(t.db, {
      citizenId: reimbursement.id,
      organisationId: k.organisation.id,
      kind: '85a',
      method: 'icm',
      decidedOn: addDays(today, -15),
      periodFrom: addDays(today, -15),
    });
    who.reimbursement = reimbursement.id;

    // On the street with a CTI course whose phase 2 is overdue: nothing else applies.
    const cti = await citizenIn(k.organisation.id, 'Cti', 'rough_sleeping', 30);
    const course = await createSupportCourse(t.db, {
      citizenId: cti.id,
      teamUnitId: team.id,
      workerUserId: null,
      startedOn: addDays(today, -300),
    });
    await t.db
      .updateTable('support_course_phases')
      .set({ started_on: addDays(today, -120) })
      .where('support_course_id', '=', course.id)
      .where('phase', '=', 1)
      .execute();
    who.cti = cti.id;

    const calm = await citizenIn(k.organisation.id, 'Rolig', 'family_friends', 30);
    await createPlan(t.db, { citizenId: calm.id, kind: '141', madeOn: addDays(today, -3) });
    who.calm = calm.id;

    // Now at our shelter; notified late by another shelter long ago: the municipality sees that finding, our shelter does not.
    const twoShelters = await createCitizen(t.db, { handlekommuneId: k.organisation.id, lastName: 'Tohjem' });
    await createStay(t.db, {
      citizenId: twoShelters.id,
      shelterId: otherShelter.organisation.id,
      admittedOn: addDays(today, -200),
      dischargedOn: addDays(today, -150),
      notifiedOn: addDays(today, -180),
    });
    await periodOf(twoShelters.id, 'shelter_110', 10);
    await createStay(t.db, {
      citizenId: twoShelters.id,
      shelterId: shelter.organisation.id,
      admittedOn: addDays(today, -10),
      notifiedOn: addDays(today, -10),
    });
    who.twoShelters = twoShelters.id;
  });

  /** Every row: in the "with warnings" filter exactly when its badge counts a finding; the sort follows the count. */
  async function expectAgreement(viewer: Session): Promise<ByNameList> {
    const all = await list(viewer, '?pageSize=200');
    const withWarnings = await list(viewer, '?pageSize=200&warning=any');
    const without = await list(viewer, '?pageSize=200&warning=none');
    const flagged = all.items.filter((r) => r.warnings.count > 0).map((r) => r.citizenId);
    expect(withWarnings.items.map((r) => r.citizenId).sort()).toEqual([...flagged].sort());
    expect(without.items.map((r) => r.citizenId).sort()).toEqual(
      all.items
        .filter((r) => r.warnings.count === 0)
        .map((r) => r.citizenId)
        .sort(),
    );
    const sorted = await list(viewer, '?pageSize=200&sort=warnings&dir=desc');
    const counts = sorted.items.map((r) => r.warnings.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    return all;
  }

  it('counts every rule: a reimbursement warning alone, an overdue CTI phase alone', async () => {
    const all = await expectAgreement(session);
    const row = (id: string) => all.items.find((r) => r.citizenId === id);
    expect(row(who.reimbursement)?.warnings).toMatchObject({ count: 1, worst: 'warning' });
    expect(row(who.reimbursement)?.warnings.messagesDa.join(' ')).toContain('Refusionsdagene');
    expect(row(who.cti)?.warnings).toMatchObject({ count: 1, worst: 'overdue' });
    expect(row(who.calm)?.warnings.count).toBe(0);
    const flagged = (await list(session, '?pageSize=200&warning=any')).items.map((r) => r.citizenId);
    expect(flagged).toEqual(expect.arrayContaining([who.reimbursement, who.cti]));
    expect(flagged).not.toContain(who.calm);
    const top = (await list(session, '?pageSize=200&sort=warnings&dir=desc')).items.at(-1);
    expect(top?.warnings.count).toBe(0);
  });

  it('a shelter filters on the findings it sees itself (its own stays), as its badges do', async () => {
    const municipalityRow = (await list(session, '?pageSize=200')).items.find((r) => r.citizenId === who.twoShelters);
    expect(municipalityRow?.warnings.messagesDa.join(' ')).toContain('for sent');
    const shelterAll = await expectAgreement(shelterSession);
    const shelterRow = shelterAll.items.find((r) => r.citizenId === who.twoShelters);
    expect(shelterRow?.warnings.messagesDa.join(' ')).not.toContain('for sent');
    expect(shelterRow?.warnings.count).toBe((municipalityRow?.warnings.count ?? 0) - 1);
  });

  it('follows a write at once: a plan ends the § 142 finding and moves the next step', async () => {
    const citizen = await citizenIn(k.organisation.id, 'Skrivning', 'shelter_110', 4);
    await createStay(t.db, {
      citizenId: citizen.id,
      shelterId: shelter.organisation.id,
      admittedOn: addDays(today, -4),
      notifiedOn: addDays(today, -4),
    });
    const before = (await list(session, '?pageSize=200')).items.find((r) => r.citizenId === citizen.id);
    expect(before?.nextStep).toBe('make_plan');
    expect(before?.warnings.messagesDa.join(' ')).toContain('uden en plan');
    await createPlan(t.db, { citizenId: citizen.id, kind: '142', madeOn: today });
    const after = (await list(session, '?pageSize=200')).items.find((r) => r.citizenId === citizen.id);
    expect(after?.nextStep).toBe('allocate_housing');
    expect(after?.warnings.messagesDa.join(' ')).not.toContain('uden en plan');
    await expectAgreement(session);
  });

  it('recomputes a row whose validity ran out, and never filters on a stale count', async () => {
    await list(session);
    // As if computed yesterday (wrongly, with no findings) and valid only until today.
    await t.db
      .updateTable('course_status')
      .set({ as_of: addDays(today, -1), valid_until: today, warning_count: 0, warning_rank: 0 })
      .where('person_id', '=', who.cti)
      .execute();
    expect((await list(session, '?pageSize=200&warning=any')).items.map((r) => r.citizenId)).toContain(who.cti);
    await expectAgreement(session);
  });
});
