/**
 * The responsible caseworker (sagsansvarlig) and "my citizens": set through the citizen edit
 * (only a case-carrying user of the handlekommune, else 422 naming the field), audited with the
 * change; defaulted to the caseworker who registers a citizen; and the caller's own citizens
 * listed with what the legal rules find overdue or due this week, within scope, audited.
 */
import { describe, expect, it } from 'vitest';
import type { Citizen, CitizenDetail, ErrorBody, MyCitizens, ResponsibleCaseworkers } from '@hjemvej/contract';
import { addDays, addMonths } from '@hjemvej/domain';
import { todayInDenmark } from '../src/calendar/danish-time';
import { call, signInAs, useTestApp, type Session } from './support/test-app';
import { signedInMunicipality } from './support/scenarios';
import {
  createCitizen,
  createFollowUp,
  createHousingAllocation,
  createStay,
  createShelterWithStaff,
  createUnit,
  createUser,
} from './support/factories';
import { auditEvent, newestAuditEvent } from './support/audit-events';

const t = useTestApp();

async function setResponsible(session: Session, citizenId: string, responsibleUserId: string | null) {
  const detail = await call(t.app, session, { method: 'GET', url: `/api/citizens/${citizenId}` });
  const { version } = detail.json<CitizenDetail>();
  return call(t.app, session, { method: 'PATCH', url: `/api/citizens/${citizenId}`, payload: { version, responsibleUserId } });
}

async function mine(session: Session): Promise<MyCitizens> {
  const response = await call(t.app, session, { method: 'GET', url: '/api/citizens/mine' });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<MyCitizens>();
}

describe('the responsible caseworker', () => {
  it('is set through the citizen edit, shown on the citizen and audited with the change', async () => {
    const m = await signedInMunicipality(t);
    const citizen = await createCitizen(t.db, { handlekommuneId: m.organisation.id });
    const response = await setResponsible(m.session, citizen.id, m.caseworker.id);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<Citizen>().responsible).toMatchObject({ id: m.caseworker.id });
    const detail = await call(t.app, m.session, { method: 'GET', url: `/api/citizens/${citizen.id}` });
    expect(detail.json<CitizenDetail>().responsible?.id).toBe(m.caseworker.id);
    const event = await auditEvent(t.db, { action: 'citizen.update', subjectId: citizen.id }, ['changes']);
    expect(event.changes).toMatchObject({ responsibleUserId: { from: null, to: m.caseworker.id } });

    const cleared = await setResponsible(m.session, citizen.id, null);
    expect(cleared.json<Citizen>().responsible).toBeNull();
  });

  it('must carry cases in the citizen’s handlekommune: 422 naming the field otherwise', async () => {
    const m = await signedInMunicipality(t);
    const other = await signedInMunicipality(t);
    const citizen = await createCitizen(t.db, { handlekommuneId: m.organisation.id });
    const cti = await createUnit(t.db, m.organisation.id, { kind: 'cti' });
    const supportWorker = await createUser(t.db, m.organisation.id, { role: 'support_worker', unitIds: [cti.id] });
    for (const userId of [other.caseworker.id, m.admin.id, supportWorker.id]) {
      const response = await setResponsible(m.session, citizen.id, userId);
      expect(response.statusCode, response.body).toBe(422);
      expect(response.json<ErrorBody>().error.fields).toEqual([expect.objectContaining({ path: 'responsibleUserId' })]);
    }
    const leader = await createUser(t.db, m.organisation.id, { role: 'leader' });
    expect((await setResponsible(m.session, citizen.id, leader.id)).statusCode).toBe(200);
  });

  it('is offered from the own municipality’s case-carrying colleagues', async () => {
    const m = await signedInMunicipality(t);
    await signedInMunicipality(t);
    const leader = await createUser(t.db, m.organisation.id, { role: 'leader' });
    const response = await call(t.app, m.session, { method: 'GET', url: '/api/citizens/responsible-caseworkers' });
    expect(response.statusCode, response.body).toBe(200);
    const ids = response.json<ResponsibleCaseworkers>().items.map((u) => u.id);
    expect(ids.sort()).toEqual([m.caseworker.id, leader.id].sort());
  });

  it('defaults to the caseworker who registers a citizen of the own municipality', async () => {
    const m = await signedInMunicipality(t);
    const response = await call(t.app, m.session, { method: 'POST', url: '/api/citizens', payload: { alias: 'Søren' } });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<{ citizen: Citizen }>().citizen.responsible?.id).toBe(m.caseworker.id);
  });
});

describe('my citizens', () => {
  it('lists only the caller’s own citizens, overdue first, with the rules’ findings; audited as a read of them', async () => {
    const m = await signedInMunicipality(t);
    const colleague = await createUser(t.db, m.organisation.id, { role: 'caseworker', unitIds: [m.unit.id] });
    const shelter = await createShelterWithStaff(t.db);
    const today = todayInDenmark();
    const calm = await createCitizen(t.db, { handlekommuneId: m.organisation.id, lastName: 'Aagaard' });
    const late = await createCitizen(t.db, { handlekommuneId: m.organisation.id, lastName: 'Østergaard' });
    // At the shelter for a month without a § 142 plan and never notified: overdue.
    await createStay(t.db, { citizenId: late.id, shelterId: shelter.organisation.id, admittedOn: addDays(today, -30) });
    const colleagues = await createCitizen(t.db, { handlekommuneId: m.organisation.id });
    for (const c of [calm, late]) expect((await setResponsible(m.session, c.id, m.caseworker.id)).statusCode).toBe(200);
    expect((await setResponsible(m.session, colleagues.id, colleague.id)).statusCode).toBe(200);

    const list = await mine(m.session);
    expect(list.total).toBe(2);
    expect(list.items.map((i) => i.citizenId)).toEqual([late.id, calm.id]);
    expect(list.withSomethingDue).toBe(1);
    expect(list.items[0]?.overdue.map((f) => f.ruleId)).toContain('shelter_plan_142');
    expect(list.items[1]).toMatchObject({ overdue: [], dueThisWeek: [] });

    const event = await newestAuditEvent(t.db, { action: 'citizen.search', actorUserId: m.caseworker.id }, ['changes']);
    expect(event.changes).toMatchObject({ list: 'responsible_me', total: 2, citizenIds: [late.id, calm.id] });
  });

  it('names the follow-ups after a move-in that are due or overdue, and not those recorded', async () => {
    const m = await signedInMunicipality(t);
    const today = todayInDenmark();
    const housed = await createCitizen(t.db, { handlekommuneId: m.organisation.id });
    await setResponsible(m.session, housed.id, m.caseworker.id);
    // Moved in 3 months and 20 days ago: the 3-month follow-up is 20 days late (overdue after 14).
    const movedInOn = addDays(addMonths(today, -3), -20);
    const home = await createHousingAllocation(t.db, {
      citizenId: housed.id,
      allocatedOn: addDays(movedInOn, -10),
      moveInOn: movedInOn,
    });
    const item = (await mine(m.session)).items.find((i) => i.citizenId === housed.id);
    expect(item?.followUps).toEqual([{ milestone: 3, dueOn: addMonths(movedInOn, 3), state: 'overdue' }]);

    await createFollowUp(t.db, { citizenId: housed.id, housingAllocationId: home.id, milestone: 3, checkedOn: today });
    expect((await mine(m.session)).items.find((i) => i.citizenId === housed.id)?.followUps).toEqual([]);
  });

  it('never shows a citizen outside the caller’s municipality or scope, whatever the column says', async () => {
    const m = await signedInMunicipality(t);
    const other = await signedInMunicipality(t);
    const foreign = await createCitizen(t.db, { handlekommuneId: other.organisation.id });
    // A row no service would write: another municipality's citizen naming this caseworker.
    await t.db.updateTable('citizens').set({ responsible_user_id: m.caseworker.id }).where('id', '=', foreign.id).execute();
    expect((await mine(m.session)).items).toEqual([]);

    // A user whose scope is the units' citizens does not see a municipality citizen named on them.
    const cti = await createUnit(t.db, m.organisation.id, { kind: 'cti' });
    const worker = await createUser(t.db, m.organisation.id, { role: 'support_worker', unitIds: [cti.id] });
    const own = await createCitizen(t.db, { handlekommuneId: m.organisation.id });
    await t.db.updateTable('citizens').set({ responsible_user_id: worker.id }).where('id', '=', own.id).execute();
    const workerSession = await signInAs(t.app, worker);
    expect(await mine(workerSession)).toMatchObject({ items: [], total: 0 });
  });
});
