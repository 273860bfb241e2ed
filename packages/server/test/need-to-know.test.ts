/**
 * Need-to-know inside the municipality (issue 10): a unit reaches only the citizens it works
 * with and only the categories its work needs; fields outside them do not leave the server;
 * abilities follow; emergency access opens a citizen with a reason, for a while, audited, shown
 * to the caseworker and reviewed by the data-protection officer.
 */
import { describe, expect, it } from 'vitest';
import type { Assessment, CitizenDetail, CitizenList, EmergencyAccess, EmergencyAccessList } from '@hjemvej/contract';
import { call, signInAs, useTestApp, type Session } from './support/test-app';
import { municipalityWithCitizen } from './support/scenarios';
import { createPlan, createSupportCourse, createTask, createUnit, createUser } from './support/factories';
import { auditEvents } from './support/audit-events';

const t = useTestApp();

async function setting() {
  const m = await municipalityWithCitizen(t, { firstName: 'Mona', lastName: 'Sørensen' });
  await t.db.updateTable('citizens').set({ phone: '12345678' }).where('id', '=', m.citizen.id).execute();
  // The caseworker's assessment: a social area and a health area, a summary and the citizen's words.
  const assessment = await call(t.app, m.session, {
    method: 'POST',
    url: `/api/citizens/${m.citizen.id}/assessments`,
    payload: {
      assessedOn: '2025-03-01',
      areas: [
        { area: 'relations', functionLevel: 'moderate', supportNeed: 'moderate', note: 'Netværk spinkelt' },
        { area: 'mental_functions', functionLevel: 'severe', supportNeed: 'high', note: 'Psykiatrisk diagnose' },
      ],
      summary: 'Samlet vurdering',
      citizenView: 'Jeg vil gerne have min egen bolig',
    },
  });
  expect(assessment.statusCode, assessment.body).toBe(201);
  await createPlan(t.db, { citizenId: m.citizen.id, kind: '141', madeOn: '2025-03-02' });
  const jobcentre = await createUnit(t.db, m.organisation.id, { name: 'Jobcenter', kind: 'jobcenter' });
  const care = await createUnit(t.db, m.organisation.id, { name: 'Hjemmepleje', kind: 'hjemmepleje' });
  const team = await createUnit(t.db, m.organisation.id, { name: 'CTI-team', kind: 'cti' });
  const jobUser = await createUser(t.db, m.organisation.id, { role: 'unit_member', unitIds: [jobcentre.id] });
  const careUser = await createUser(t.db, m.organisation.id, { role: 'unit_member', unitIds: [care.id] });
  const supportUser = await createUser(t.db, m.organisation.id, { role: 'support_worker', unitIds: [team.id] });
  return {
    ...m,
    jobcentre,
    care,
    team,
    job: await signInAs(t.app, jobUser),
    careSession: await signInAs(t.app, careUser),
    support: await signInAs(t.app, supportUser),
    supportUser,
  };
}

/** Asks for emergency access to the citizen with this CPR number, for the reason given. */
function breakTheGlass(session: Session, cpr: string, reason = 'Borgeren er i akut krise i skranken') {
  return call(t.app, session, { method: 'POST', url: '/api/emergency-accesses', payload: { cpr, reason } });
}

describe('need-to-know inside the municipality', () => {
  it('a jobcentre member sees her task’s citizen with name, contact and tasks, not the assessment, and may not write the course', async () => {
    const s = await setting();
    const url = `/api/citizens/${s.citizen.id}`;
    expect((await call(t.app, s.job, { method: 'GET', url })).statusCode).toBe(404);
    expect((await call(t.app, s.job, { method: 'GET', url: '/api/citizens?search=Sørensen' })).json<CitizenList>().total).toBe(0);

    await createTask(t.db, {
      organisationId: s.organisation.id,
      citizenId: s.citizen.id,
      unitId: s.jobcentre.id,
      title: 'Start kontanthjælp',
    });
    const detail = await call(t.app, s.job, { method: 'GET', url });
    expect(detail.statusCode, detail.body).toBe(200);
    const citizen = detail.json<CitizenDetail>();
    expect(citizen.firstName).toBe('Mona');
    expect(citizen.phone).toBe('12345678');
    expect(citizen.access).toEqual({
      categories: ['identity', 'contact', 'housing', 'plan_goals', 'tasks'],
      emergency: null,
      seesEmergencyAccesses: false,
    });
    expect(citizen.abilities.canWriteCourse).toBe(false);
    expect(citizen.abilities.canManageConsents).toBe(false);
    expect((await call(t.app, s.job, { method: 'GET', url: '/api/citizens?search=Sørensen' })).json<CitizenList>().total).toBe(1);

    for (const hidden of ['assessments', 'plans', 'decisions', 'stays', 'consents', 'legal-checks', 'version-history'])
      expect((await call(t.app, s.job, { method: 'GET', url: `${url}/${hidden}` })).statusCode, hidden).toBe(404);
    const tasks = await call(t.app, s.job, { method: 'GET', url: `${url}/tasks` });
    expect(tasks.statusCode).toBe(200);
    expect(tasks.body).toContain('Start kontanthjælp');
    // She does not register citizens (she could not see them afterwards), and her session says so.
    const register = await call(t.app, s.job, {
      method: 'POST',
      url: '/api/citizens',
      payload: { firstName: 'Ny', lastName: 'Borger' },
    });
    expect(register.statusCode).toBe(403);
    const session = await call(t.app, s.job, { method: 'GET', url: '/api/auth/session' });
    expect(session.json<{ user: { mayRegisterCitizens: boolean; mayUseEmergencyAccess: boolean } }>().user).toMatchObject({
      mayRegisterCitizens: false,
      mayUseEmergencyAccess: true,
    });
    // The refused writes: not found, like the reads (she does not read assessments at all).
    const write = await call(t.app, s.job, {
      method: 'POST',
      url: `${url}/assessments`,
      payload: { assessedOn: '2025-03-03', areas: [] },
    });
    expect(write.statusCode).toBe(404);
  });

  it('a task finished more than 90 days ago no longer reaches the citizen', async () => {
    const s = await setting();
    const task = await createTask(t.db, {
      organisationId: s.organisation.id,
      citizenId: s.citizen.id,
      unitId: s.jobcentre.id,
      status: 'done',
    });
    const url = `/api/citizens/${s.citizen.id}`;
    await t.db
      .updateTable('tasks')
      .set({ done_at: new Date(Date.now() - 30 * 86_400_000) })
      .where('id', '=', task.id)
      .execute();
    expect((await call(t.app, s.job, { method: 'GET', url })).statusCode).toBe(200);
    await t.db
      .updateTable('tasks')
      .set({ done_at: new Date(Date.now() - 91 * 86_400_000) })
      .where('id', '=', task.id)
      .execute();
    expect((await call(t.app, s.job, { method: 'GET', url })).statusCode).toBe(404);
  });

  it('home care reads the health areas of the assessment and nothing else of it', async () => {
    const s = await setting();
    await createTask(t.db, { organisationId: s.organisation.id, citizenId: s.citizen.id, unitId: s.care.id });
    const response = await call(t.app, s.careSession, { method: 'GET', url: `/api/citizens/${s.citizen.id}/assessments` });
    expect(response.statusCode, response.body).toBe(200);
    const [assessment] = response.json<{ items: Assessment[] }>().items;
    expect(assessment?.areas.map((a) => a.area)).toEqual(['mental_functions', 'health', 'physical_functions']);
    expect(assessment?.areas[0]?.note).toBe('Psykiatrisk diagnose');
    expect(assessment?.summary).toBeNull();
    expect(assessment?.citizenView).toBeNull();
    expect(assessment?.withheld).toEqual(['assessment']);
    expect(response.body).not.toContain('Netværk spinkelt');
    expect(response.body).not.toContain('Jeg vil gerne');
    // The caseworker reads it whole.
    const whole = await call(t.app, s.session, { method: 'GET', url: `/api/citizens/${s.citizen.id}/assessments` });
    expect(whole.body).toContain('Netværk spinkelt');
    expect(whole.json<{ items: Assessment[] }>().items[0]?.withheld).toBeUndefined();
  });

  it('a support worker reaches the citizens of her team’s courses, not another team’s', async () => {
    const s = await setting();
    const url = `/api/citizens/${s.citizen.id}`;
    expect((await call(t.app, s.support, { method: 'GET', url })).statusCode).toBe(404);
    const otherTeam = await createUnit(t.db, s.organisation.id, { name: 'ICM-team', kind: 'icm' });
    await createSupportCourse(t.db, {
      citizenId: s.citizen.id,
      teamUnitId: otherTeam.id,
      workerUserId: null,
      startedOn: '2025-04-01',
    });
    expect((await call(t.app, s.support, { method: 'GET', url })).statusCode).toBe(404);
    await createSupportCourse(t.db, {
      citizenId: s.citizen.id,
      teamUnitId: s.team.id,
      workerUserId: s.supportUser.id,
      startedOn: '2025-04-01',
    });
    const detail = await call(t.app, s.support, { method: 'GET', url });
    expect(detail.statusCode).toBe(200);
    expect(detail.json<CitizenDetail>().abilities.canWriteCourse).toBe(true);
    expect((await call(t.app, s.support, { method: 'GET', url: `${url}/assessments` })).statusCode).toBe(200);
  });

  it('emergency access opens the citizen with a reason, is audited, shown to the caseworker and reviewed', async () => {
    const s = await setting();
    const url = `/api/citizens/${s.citizen.id}`;
    const cpr = s.citizen.cpr ?? '';
    // Bad input first: nothing is written.
    const short = await breakTheGlass(s.job, cpr, 'akut');
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain('reason');
    const unknown = await breakTheGlass(s.job, '0101011234');
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json<{ error: { fields?: { path: string }[] } }>().error.fields?.[0]?.path).toBe('cpr');
    const caseworkerTry = await breakTheGlass(s.session, cpr);
    expect(caseworkerTry.statusCode).toBe(422);
    expect(await t.db.selectFrom('emergency_accesses').select('id').where('citizen_id', '=', s.citizen.id).execute()).toEqual([]);

    const started = await breakTheGlass(s.job, cpr);
    expect(started.statusCode, started.body).toBe(201);
    const grant = started.json<EmergencyAccess>();
    expect(grant.citizenId).toBe(s.citizen.id);
    const detail = (await call(t.app, s.job, { method: 'GET', url })).json<CitizenDetail>();
    expect(detail.access.emergency?.reason).toBe('Borgeren er i akut krise i skranken');
    expect(detail.access.categories).toContain('health');
    expect(detail.abilities.canWriteCourse).toBe(false);
    const assessments = await call(t.app, s.job, { method: 'GET', url: `${url}/assessments` });
    expect(assessments.body).toContain('Netværk spinkelt');
    const audited = await auditEvents(t.db, { action: 'emergency_access.start', subjectId: s.citizen.id }, [
      'action',
      'subject_id',
    ]);
    expect(audited).toHaveLength(1);

    // The caseworker sees who opened the file and why; the jobcentre member cannot list it.
    const ofCitizen = await call(t.app, s.session, { method: 'GET', url: `${url}/emergency-accesses` });
    expect(ofCitizen.json<EmergencyAccessList>().items.map((a) => a.reason)).toEqual(['Borgeren er i akut krise i skranken']);
    expect((await call(t.app, s.job, { method: 'GET', url: `${url}/emergency-accesses` })).statusCode).toBe(404);

    // The data-protection officer (the municipality's administrator) reviews it.
    const admin = await signInAs(t.app, s.admin);
    const list = await call(t.app, admin, { method: 'GET', url: '/api/emergency-accesses' });
    expect(list.json<EmergencyAccessList>().items.map((a) => a.id)).toEqual([grant.id]);
    const reviewed = await call(t.app, admin, {
      method: 'POST',
      url: `/api/emergency-accesses/${grant.id}/review`,
      payload: { note: 'Begrundet' },
    });
    expect(reviewed.json<EmergencyAccess>().reviewNote).toBe('Begrundet');
    expect(
      (await call(t.app, admin, { method: 'GET', url: '/api/emergency-accesses' })).json<EmergencyAccessList>().items,
    ).toEqual([]);
    expect(
      (await call(t.app, admin, { method: 'POST', url: `/api/emergency-accesses/${grant.id}/review`, payload: {} })).statusCode,
    ).toBe(422);

    // When it runs out, the citizen is out of reach again.
    await t.db
      .updateTable('emergency_accesses')
      .set({ started_at: new Date(Date.now() - 6 * 3_600_000), expires_at: new Date(Date.now() - 3_600_000) })
      .where('id', '=', grant.id)
      .execute();
    expect((await call(t.app, s.job, { method: 'GET', url })).statusCode).toBe(404);
  });

  it('administrators, consultants and partners cannot break the glass', async () => {
    const s = await setting();
    const admin = await signInAs(t.app, s.admin);
    const response = await breakTheGlass(admin, s.citizen.cpr ?? '');
    expect(response.statusCode).toBe(403);
  });
});
