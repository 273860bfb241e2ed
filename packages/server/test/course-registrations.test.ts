/**
 * Course documentation through the API: the intake pre-filled from what Hjemvej knows, status
 * registrations with the worker's and the citizen's ratings, the next one due and its task in
 * the support team's inbox, refusals (second intake, exit before intake, registration on an
 * ended course), versions, an exit that ends the course, and who may see and change.
 */
import { describe, expect, it } from 'vitest';
import type {
  CitizenVersionHistory,
  CourseRegistration,
  CourseRegistrationList,
  CourseRegistrationPrefill,
  ErrorBody,
  Inbox,
  SupportCourse,
  VersionList,
} from '@hjemvej/contract';
import { addDays, addMonths, lifeAreas } from '@hjemvej/domain';
import { todayInDenmark } from '../src/calendar/danish-time';
import { startSupportCourse, supportTeamWithCitizen } from './support/scenarios';
import { call, signInAs, useTestApp, type Session } from './support/test-app';
import {
  createAssessment,
  createHousingPeriod,
  createMunicipalityWithStaff,
  createPlan,
  createShelterWithStaff,
  createStay,
  createTask,
  createUnit,
  createUser,
} from './support/factories';
import { auditEvent } from './support/audit-events';

const t = useTestApp();
const today = todayInDenmark();

async function municipality() {
  const m = await supportTeamWithCitizen(t, {
    teamName: 'ICM-teamet',
    workerName: 'Støtte Sanne',
    taskTitle: 'Start ICM-forløb',
  });
  const course = await startSupportCourse(t, m, { method: 'icm', startedOn: addDays(today, -200) });
  return { ...m, course };
}
type Municipality = Awaited<ReturnType<typeof municipality>>;

const ratings = (worker: number, citizen: number) =>
  lifeAreas.map((lifeArea) => ({ lifeArea, workerRating: worker, citizenRating: citizen, citizenWords: `Om ${lifeArea}` }));

/** An intake of a citizen who has moved in, referred from a shelter, seen weekly, rated 2 by the worker and 3 by the citizen. */
const movedInIntake = (registeredOn: string) => ({
  kind: 'intake',
  registeredOn,
  housingStatus: 'moved_in',
  referralSource: 'shelter_110',
  contactFrequency: 'weekly',
  supplementaryServices: [],
  lifeAreas: ratings(2, 3),
});

function register(m: Municipality, payload: Record<string, unknown>) {
  return call(t.app, m.session, {
    method: 'POST',
    url: `/api/support-courses/${m.course.id}/registrations`,
    payload,
    headers: { 'accept-language': 'da' },
  });
}

/** A registration changed by `session` (a PATCH carrying the version it was read at). */
const change = (session: Session, id: string, payload: Record<string, unknown>) =>
  call(t.app, session, { method: 'PATCH', url: `/api/course-registrations/${id}`, payload });

async function list(m: Municipality) {
  const response = await call(t.app, m.session, { method: 'GET', url: `/api/support-courses/${m.course.id}/registrations` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<CourseRegistrationList>();
}

const fieldOf = (body: string) => (JSON.parse(body) as ErrorBody).error.fields?.[0];

/** 422 naming the field, with the Danish text saying why. */
function expectRefused(body: string, path: string, text: string) {
  const field = fieldOf(body);
  expect(field?.path, body).toBe(path);
  expect(field?.message).toContain(text);
}

describe('course registrations', () => {
  it('pre-fills the intake from the housing period, a stay at the start, the assessment and the plan', async () => {
    const m = await municipality();
    await createHousingPeriod(t.db, { citizenId: m.citizen.id, category: 'shelter_110', fromDate: addDays(today, -300) });
    const shelter = await createShelterWithStaff(t.db);
    await createStay(t.db, { citizenId: m.citizen.id, shelterId: shelter.organisation.id, admittedOn: addDays(today, -250) });
    const assessment = await createAssessment(t.db, { citizenId: m.citizen.id, assessedOn: addDays(today, -210) });
    const plan = await createPlan(t.db, { citizenId: m.citizen.id, madeOn: addDays(today, -205) });

    const response = await call(t.app, m.session, {
      method: 'GET',
      url: `/api/support-courses/${m.course.id}/registrations/prefill`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const prefill = response.json<CourseRegistrationPrefill>();
    expect(prefill).toMatchObject({
      kind: 'intake',
      registeredOn: today,
      housingStatus: 'not_housed',
      homelessCategory: 'shelter_110',
      referralSource: 'shelter_110',
      assessmentId: assessment.id,
      planId: plan.id,
    });
    // The assessment's high support need in mental functions suggests 2; the citizen's own ratings are left empty.
    expect(prefill.lifeAreas.find((l) => l.lifeArea === 'mental_health')).toEqual({
      lifeArea: 'mental_health',
      workerRating: 2,
      citizenRating: null,
      citizenWords: null,
    });
    expect(prefill.sources).toEqual(expect.arrayContaining(['housing_period', 'stay', 'assessment', 'plan']));
  });

  it('registers the intake, says when the status is due, and puts it in the team’s inbox', async () => {
    const m = await municipality();
    const before = await list(m);
    expect(before.next).toEqual({ kind: 'intake', dueOn: m.course.startedOn, state: 'overdue' });

    const intakeOn = addDays(today, -100);
    const response = await register(m, {
      kind: 'intake',
      registeredOn: intakeOn,
      housingStatus: 'not_housed',
      homelessCategory: 'shelter_110',
      referralSource: 'shelter_110',
      contactFrequency: 'weekly',
      supplementaryServices: ['debt_advice'],
      lifeAreas: ratings(2, 3),
    });
    expect(response.statusCode, response.body).toBe(201);
    const intake = response.json<CourseRegistration>();
    expect(intake).toMatchObject({ kind: 'intake', registeredOn: intakeOn, version: 1, createdBy: 'Støtte Sanne' });
    expect(intake.lifeAreas).toHaveLength(8);
    expect(intake.lifeAreas[0]).toEqual({ lifeArea: 'housing', workerRating: 2, citizenRating: 3, citizenWords: 'Om housing' });

    const after = await list(m);
    const dueOn = addMonths(intakeOn, 3);
    expect(after.intervalMonths).toBe(3);
    expect(after.next).toMatchObject({ kind: 'status', dueOn });
    expect(after.items.map((r) => r.id)).toEqual([intake.id]);

    const inbox = (await call(t.app, m.session, { method: 'GET', url: `/api/inbox?unitId=${m.team.id}` })).json<Inbox>();
    const tasks = inbox.items.filter((task) => task.title === 'Statusregistrering i bostøtteforløb');
    expect(tasks).toHaveLength(1);
    expect(tasks[0]?.dueOn).toBe(dueOn < today ? today : dueOn);

    // A status marks that task done and makes the next one; saving again moves it, never adds another.
    const status = await register(m, { kind: 'status', registeredOn: addDays(today, -5), lifeAreas: ratings(3, 4) });
    expect(status.statusCode, status.body).toBe(201);
    const afterStatus = (await call(t.app, m.session, { method: 'GET', url: `/api/inbox?unitId=${m.team.id}` })).json<Inbox>();
    const open = afterStatus.items.filter((task) => task.title === 'Statusregistrering i bostøtteforløb');
    expect(open.map((task) => task.dueOn)).toEqual([addMonths(addDays(today, -5), 3)]);
    const statusRow = status.json<CourseRegistration>();
    const moved = await change(m.session, statusRow.id, { version: 1, registeredOn: addDays(today, -3) });
    expect(moved.statusCode, moved.body).toBe(200);
    const afterMove = (await call(t.app, m.session, { method: 'GET', url: `/api/inbox?unitId=${m.team.id}` })).json<Inbox>();
    expect(
      afterMove.items.filter((task) => task.title === 'Statusregistrering i bostøtteforløb').map((task) => task.dueOn),
    ).toEqual([addMonths(addDays(today, -3), 3)]);
  });

  it('follows the interval the municipality sets under "Frister for samarbejde"', async () => {
    const m = await municipality();
    const admin = await signInAs(t.app, m.admin);
    const saved = await call(t.app, admin, {
      method: 'PUT',
      url: '/api/collaboration-settings',
      payload: {
        urgentDeadlineWorkingDays: 2,
        escalationMarginWorkingDays: 2,
        housingGoalDays: 61,
        registrationIntervalMonths: 6,
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<{ registrationIntervalMonths: number }>().registrationIntervalMonths).toBe(6);
    // Left out of a later save (an older client), the interval stays.
    const again = await call(t.app, admin, {
      method: 'PUT',
      url: '/api/collaboration-settings',
      payload: { urgentDeadlineWorkingDays: 3, escalationMarginWorkingDays: 2, housingGoalDays: 61 },
    });
    expect(again.json<{ registrationIntervalMonths: number }>().registrationIntervalMonths).toBe(6);
    const tooLong = await call(t.app, admin, {
      method: 'PUT',
      url: '/api/collaboration-settings',
      payload: {
        urgentDeadlineWorkingDays: 3,
        escalationMarginWorkingDays: 2,
        housingGoalDays: 61,
        registrationIntervalMonths: 13,
      },
    });
    expect(tooLong.statusCode).toBe(400);
    expect(fieldOf(tooLong.body)?.path).toBe('registrationIntervalMonths');

    const intakeOn = addDays(today, -10);
    const intake = await register(m, movedInIntake(intakeOn));
    expect(intake.statusCode, intake.body).toBe(201);
    const after = await list(m);
    expect(after.intervalMonths).toBe(6);
    expect(after.next).toMatchObject({ kind: 'status', dueOn: addMonths(intakeOn, 6) });
  });

  it('a course ended with "Afslut forløb" leaves no registration due in the team’s inbox', async () => {
    const m = await municipality();
    const intake = await register(m, movedInIntake(addDays(today, -100)));
    expect(intake.statusCode, intake.body).toBe(201);
    const due = async () =>
      (await call(t.app, m.session, { method: 'GET', url: `/api/inbox?unitId=${m.team.id}` }))
        .json<Inbox>()
        .items.filter((task) => task.title === 'Statusregistrering i bostøtteforløb');
    expect(await due()).toHaveLength(1);
    const ended = await call(t.app, m.session, {
      method: 'POST',
      url: `/api/support-courses/${m.course.id}/end`,
      payload: { version: m.course.version, endedOn: addDays(today, -1), endReason: 'completed' },
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(await due()).toEqual([]);
    expect((await list(m)).next).toBeNull();
  });

  it('refuses a second intake, a status or exit before the intake, dates before the start, and names the field', async () => {
    const m = await municipality();
    const early = await register(m, { kind: 'status', registeredOn: addDays(today, -10) });
    expect(early.statusCode).toBe(422);
    expectRefused(early.body, 'kind', 'kræver en indskrivning');
    const exit = await register(m, { kind: 'exit', registeredOn: addDays(today, -10), exitReason: 'planned_end' });
    expectRefused(exit.body, 'kind', 'Et ophør kræver');
    const beforeStart = await register(m, { kind: 'intake', registeredOn: addDays(today, -201) });
    expectRefused(beforeStart.body, 'registeredOn', 'før forløbet startede');
    const future = await register(m, { kind: 'intake', registeredOn: addDays(today, 1) });
    expectRefused(future.body, 'registeredOn', 'fremtiden');

    expect((await register(m, { kind: 'intake', registeredOn: addDays(today, -150) })).statusCode).toBe(201);
    const second = await register(m, { kind: 'intake', registeredOn: addDays(today, -140) });
    expect(second.statusCode).toBe(422);
    expectRefused(second.body, 'kind', 'allerede en indskrivning');

    const category = await register(m, {
      kind: 'status',
      registeredOn: addDays(today, -10),
      housingStatus: 'moved_in',
      homelessCategory: 'shelter_110',
    });
    expectRefused(category.body, 'homelessCategory', 'ikke er i bolig');
    const noReason = await register(m, { kind: 'exit', registeredOn: addDays(today, -10) });
    expectRefused(noReason.body, 'exitReason', 'årsag til ophøret');
    const otherNoText = await register(m, { kind: 'exit', registeredOn: addDays(today, -10), exitReason: 'other' });
    expectRefused(otherNoText.body, 'exitReasonText', 'andet');
  });

  it('an exit ends the course in the same save; nothing more can be registered on it', async () => {
    const m = await municipality();
    await register(m, { kind: 'intake', registeredOn: addDays(today, -150) });
    const exitOn = addDays(today, -2);
    const exit = await register(m, {
      kind: 'exit',
      registeredOn: exitOn,
      exitReason: 'lost_contact',
      housingStatus: 'moved_in',
      exitDestination: 'own_home',
    });
    expect(exit.statusCode, exit.body).toBe(201);
    const course = (
      await call(t.app, m.session, { method: 'GET', url: `/api/support-courses/${m.course.id}` })
    ).json<SupportCourse>();
    expect(course).toMatchObject({ endedOn: exitOn, endReason: 'other', version: m.course.version + 1 });
    expect((await list(m)).next).toBeNull();

    const late = await register(m, { kind: 'status', registeredOn: addDays(today, -1) });
    expect(late.statusCode).toBe(422);
    expectRefused(late.body, 'kind', 'Forløbet er afsluttet');

    // The team's due task is closed by the exit.
    const inbox = (await call(t.app, m.session, { method: 'GET', url: `/api/inbox?unitId=${m.team.id}` })).json<Inbox>();
    expect(inbox.items.filter((task) => task.title.includes('bostøtteforløb'))).toEqual([]);
  });

  it('keeps every version; a stale save is 409 and writes nothing', async () => {
    const m = await municipality();
    const intake = (
      await register(m, { kind: 'intake', registeredOn: addDays(today, -30), lifeAreas: ratings(2, 2) })
    ).json<CourseRegistration>();
    const changed = await change(m.session, intake.id, { version: 1, lifeAreas: ratings(2, 4), contactFrequency: 'daily' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<CourseRegistration>()).toMatchObject({ version: 2, contactFrequency: 'daily' });
    const stale = await change(m.session, intake.id, { version: 1, contactFrequency: 'weekly' });
    expect(stale.statusCode).toBe(409);
    const versions = (
      await call(t.app, m.session, { method: 'GET', url: `/api/course-registrations/${intake.id}/versions` })
    ).json<VersionList>();
    expect(versions.items.map((v) => v.version)).toEqual([1, 2]);
    const compare = await call(t.app, m.session, {
      method: 'GET',
      url: `/api/course-registrations/${intake.id}/compare?from=1&to=2`,
    });
    expect(compare.statusCode, compare.body).toBe(200);
  });

  it('shows a changed registration’s versions in the citizen’s version history, to those who may read it only', async () => {
    const m = await municipality();
    const intake = (
      await register(m, { kind: 'intake', registeredOn: addDays(today, -30), lifeAreas: ratings(2, 2) })
    ).json<CourseRegistration>();
    const changed = await change(m.session, intake.id, { version: 1, contactFrequency: 'daily' });
    expect(changed.statusCode, changed.body).toBe(200);
    const url = `/api/citizens/${m.citizen.id}/version-history`;
    const history = await call(t.app, m.session, { method: 'GET', url });
    expect(history.statusCode, history.body).toBe(200);
    const items = history.json<CitizenVersionHistory>().items.filter((item) => item.kind === 'course_registration');
    expect(items.map((item) => [item.recordId, item.version, item.savedBy.name, item.changedFields])).toEqual([
      [intake.id, 1, 'Støtte Sanne', []],
      [intake.id, 2, 'Støtte Sanne', ['contactFrequency']],
    ]);
    const audit = await auditEvent(t.db, { action: 'citizen.version_history', citizenId: m.citizen.id }, ['changes']);
    expect(audit.changes).toEqual({ count: 2, kinds: { course_registration: 2 } });

    // Need-to-know: a jobcentre member working with the citizen reads neither plans nor the
    // course's documentation; a support worker of another team does not reach the citizen.
    const jobcentre = await createUnit(t.db, m.organisation.id, { name: 'Jobcenter', kind: 'jobcenter' });
    await createTask(t.db, {
      organisationId: m.organisation.id,
      citizenId: m.citizen.id,
      unitId: jobcentre.id,
      title: 'Ledighed',
    });
    const jobUser = await createUser(t.db, m.organisation.id, { role: 'unit_member', unitIds: [jobcentre.id] });
    const otherTeam = await createUnit(t.db, m.organisation.id, { name: 'ACT-teamet', kind: 'act' });
    const otherWorker = await createUser(t.db, m.organisation.id, { role: 'support_worker', unitIds: [otherTeam.id] });
    for (const user of [jobUser, otherWorker]) {
      const session = await signInAs(t.app, user);
      expect((await call(t.app, session, { method: 'GET', url })).statusCode, user.role).toBe(404);
      const versions = await call(t.app, session, { method: 'GET', url: `/api/course-registrations/${intake.id}/versions` });
      expect(versions.statusCode).toBe(404);
    }
  });

  it('is not found for another municipality, for reading and for changing', async () => {
    const m = await municipality();
    const intake = (await register(m, { kind: 'intake', registeredOn: addDays(today, -30) })).json<CourseRegistration>();
    const other = await createMunicipalityWithStaff(t.db);
    const outsider = await signInAs(t.app, other.caseworker);
    expect(
      (await call(t.app, outsider, { method: 'GET', url: `/api/support-courses/${m.course.id}/registrations` })).statusCode,
    ).toBe(404);
    expect((await change(outsider, intake.id, { version: 1, note: 'x' })).statusCode).toBe(404);
  });
});
