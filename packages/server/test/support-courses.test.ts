/**
 * Support courses through the API: a CTI course with its contact-building period, three
 * 3-month phases with due dates from the move-in and default checklists, refused phase
 * sequences, the contact log, the end with its reason, team and worker in scope, concurrent
 * edits, and who may see and change.
 */
import { describe, expect, it } from 'vitest';
import type { Caseload, ErrorBody, SupportContact, SupportCourse } from '@hjemvej/contract';
import { addDays, addMonths } from '@hjemvej/domain';
import { todayInDenmark } from '../src/calendar/danish-time';
import { startSupportCourse, supportTeamWithCitizen } from './support/scenarios';
import { call, signInAs, useTestApp, type Session } from './support/test-app';
import {
  createCitizen,
  createDecision,
  createHousingAllocation,
  createShelterWithStaff,
  createStay,
  createTask,
  createUser,
} from './support/factories';
import { auditEvent, newestAuditEvent } from './support/audit-events';

const t = useTestApp();

const today = todayInDenmark();

const municipality = () =>
  supportTeamWithCitizen(t, { teamName: 'CTI-teamet', workerName: 'Støtte Susanne', taskTitle: 'Start CTI-forløb' });

type Municipality = Awaited<ReturnType<typeof municipality>>;

/** A decision of the municipality about its citizen (a § 85 a grant unless `values` say otherwise). */
const decisionFor = (m: Municipality, values: Omit<Parameters<typeof createDecision>[1], 'citizenId' | 'organisationId'> = {}) =>
  createDecision(t.db, { citizenId: m.citizen.id, organisationId: m.organisation.id, ...values });

const startCourse = (m: Municipality, payload: Record<string, unknown> = {}) =>
  startSupportCourse(t, m, { method: 'cti', startedOn: addDays(today, -150), ...payload });

function phase(session: Session, courseId: string, n: number, payload: Record<string, unknown>) {
  return call(t.app, session, {
    method: 'PUT',
    url: `/api/support-courses/${courseId}/cti-phases/${n}`,
    payload,
    headers: { 'accept-language': 'da' },
  });
}

const fieldOf = (body: string) => (JSON.parse(body) as ErrorBody).error.fields?.[0];

describe('a CTI course', () => {
  it('starts in contact-building with three phases and the default checklists; phase 1 is due at the move-in', async () => {
    const m = await municipality();
    const course = await startCourse(m);
    expect(course).toMatchObject({
      method: 'cti',
      team: { id: m.team.id, name: 'CTI-teamet' },
      worker: { id: m.worker.id, displayName: 'Støtte Susanne' },
      endedOn: null,
      version: 1,
    });
    expect(course.cti?.transition).toMatchObject({ currentPhase: 'contact', next: 1, dueOn: null, status: 'met' });
    expect(course.cti?.phases.map((p) => [p.phase, p.name, p.startedOn, p.dueOn])).toEqual([
      [1, 'transition', null, null],
      [2, 'try_out', null, null],
      [3, 'transfer', null, null],
    ]);
    const [first, second, third] = course.cti?.phases ?? [];
    expect(first?.checklist.some((item) => item.label.includes('netværk'))).toBe(true);
    expect(first?.checklist.some((item) => item.label.includes('Økonomien'))).toBe(true);
    expect(second?.checklist.length).toBeGreaterThan(2);
    expect(third?.checklist.some((item) => item.label.includes('overdraget'))).toBe(true);
    expect(first?.checklist.every((item) => !item.done && item.doneOn === null)).toBe(true);

    const moveInOn = addDays(today, -100);
    await createHousingAllocation(t.db, { citizenId: m.citizen.id, allocatedOn: addDays(today, -120), moveInOn });
    const withHome = (
      await call(t.app, m.session, { method: 'GET', url: `/api/support-courses/${course.id}` })
    ).json<SupportCourse>();
    expect(withHome.cti?.phases.map((p) => p.dueOn)).toEqual([moveInOn, addMonths(moveInOn, 3), addMonths(moveInOn, 6)]);
    // Phase 1 was due 100 days ago and has not started: overdue.
    expect(withHome.cti?.transition).toMatchObject({
      currentPhase: 'contact',
      next: 1,
      dueOn: moveInOn,
      daysUntilDue: -100,
      status: 'overdue',
    });
    expect(withHome.cti?.transition.messageDa).toContain('over');
  });

  it('starts phases in order with due dates 3 months apart, and says when the next transition is due', async () => {
    const m = await municipality();
    const course = await startCourse(m);
    const phaseOneOn = addDays(today, -80);
    const first = await phase(m.session, course.id, 1, { version: 1, startedOn: phaseOneOn });
    expect(first.statusCode, first.body).toBe(200);
    const afterFirst = first.json<SupportCourse>();
    expect(afterFirst.version).toBe(2);
    expect(afterFirst.cti?.phases[0]).toMatchObject({ startedOn: phaseOneOn, endsOn: addMonths(phaseOneOn, 3) });
    expect(afterFirst.cti?.phases[1]).toMatchObject({ startedOn: null, dueOn: addMonths(phaseOneOn, 3) });
    expect(afterFirst.cti?.phases[2]).toMatchObject({ dueOn: addMonths(phaseOneOn, 6) });
    const dueOn = addMonths(phaseOneOn, 3);
    expect(afterFirst.cti?.transition).toMatchObject({ currentPhase: 1, next: 2, dueOn, status: 'warning' });

    const phaseTwoOn = addDays(today, -2);
    const second = await phase(m.session, course.id, 2, { version: 2, startedOn: phaseTwoOn });
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json<SupportCourse>().cti?.transition).toMatchObject({
      currentPhase: 2,
      next: 3,
      dueOn: addMonths(phaseTwoOn, 3),
      status: 'met',
    });
    const event = await newestAuditEvent(t.db, { action: 'support_course.phase_update', subjectId: course.id }, [
      'citizen_id',
      'changes',
    ]);
    expect(event.citizen_id).toBe(m.citizen.id);
    expect(event.changes).toMatchObject({
      ctiPhase2: { from: { startedOn: null }, to: { startedOn: phaseTwoOn } },
      version: { from: 2, to: 3 },
    });
  });

  it('refuses phase starts out of order, before the course, ahead of today, and phases on a non-CTI course', async () => {
    const m = await municipality();
    const course = await startCourse(m);
    const cases: [number, string | null, string][] = [
      [2, addDays(today, -10), 'Fase 1 er ikke begyndt'],
      [1, addDays(today, -151), 'før forløbet'],
      [1, addDays(today, 1), 'fremtiden'],
    ];
    for (const [n, startedOn, text] of cases) {
      const response = await phase(m.session, course.id, n, { version: 1, startedOn });
      expect(response.statusCode, `${n} ${startedOn}`).toBe(422);
      expect(fieldOf(response.body)).toMatchObject({ path: 'startedOn' });
      expect(fieldOf(response.body)?.message).toContain(text);
    }
    expect((await phase(m.session, course.id, 1, { version: 1, startedOn: addDays(today, -30) })).statusCode).toBe(200);
    const beforePrevious = await phase(m.session, course.id, 2, { version: 2, startedOn: addDays(today, -31) });
    expect(beforePrevious.statusCode).toBe(422);
    expect(fieldOf(beforePrevious.body)?.path).toBe('startedOn');
    expect((await phase(m.session, course.id, 2, { version: 2, startedOn: addDays(today, -3) })).statusCode).toBe(200);
    const unstartFirst = await phase(m.session, course.id, 1, { version: 3, startedOn: null });
    expect(unstartFirst.statusCode).toBe(422);
    expect(fieldOf(unstartFirst.body)?.message).toContain('Fase 2 er allerede begyndt');

    const icm = await startCourse(m, { method: 'icm' });
    expect(icm.cti).toBeNull();
    const onIcm = await phase(m.session, icm.id, 1, { version: 1, startedOn: addDays(today, -3) });
    expect(onIcm.statusCode).toBe(422);
    expect(fieldOf(onIcm.body)?.path).toBe('phase');
    expect((await phase(m.session, course.id, 4, { version: 3 })).statusCode).toBe(400);
  });

  it('keeps a checklist per phase: ticked items remember the day, items can be added', async () => {
    const m = await municipality();
    const course = await startCourse(m);
    const defaults = course.cti?.phases[0]?.checklist ?? [];
    const checklist = [
      ...defaults.map((item, i) => ({ label: item.label, done: i === 0 })),
      { label: 'Kæledyr er afklaret med udlejer', done: true },
    ];
    const response = await phase(m.session, course.id, 1, { version: 1, checklist });
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json<SupportCourse>().cti?.phases[0]?.checklist ?? [];
    expect(items).toHaveLength(defaults.length + 1);
    expect(items[0]).toMatchObject({ done: true, doneOn: today });
    expect(items[1]).toMatchObject({ done: false, doneOn: null });
    expect(items.at(-1)).toMatchObject({ label: 'Kæledyr er afklaret med udlejer', done: true, doneOn: today });
    const stored = await t.db
      .selectFrom('support_course_phases')
      .select('checklist')
      .where('support_course_id', '=', course.id)
      .where('phase', '=', 1)
      .executeTakeFirstOrThrow();
    expect(stored.checklist).toEqual(items);
  });
});

describe('the contact log', () => {
  it('logs contacts and visits with who made them, newest first, inside the course', async () => {
    const m = await municipality();
    const course = await startCourse(m, { method: 'act' });
    const add = (payload: Record<string, unknown>) =>
      call(t.app, m.session, { method: 'POST', url: `/api/support-courses/${course.id}/contacts`, payload });
    const visit = await add({ contactOn: addDays(today, -10), kind: 'visit', note: 'Hjemmebesøg, køleskabet tomt' });
    expect(visit.statusCode, visit.body).toBe(201);
    expect(visit.json<SupportContact>()).toMatchObject({ kind: 'visit', by: { id: m.worker.id, displayName: 'Støtte Susanne' } });
    expect((await add({ contactOn: addDays(today, -2), kind: 'phone' })).statusCode).toBe(201);

    const before = await add({ contactOn: addDays(today, -151), kind: 'meeting' });
    expect(before.statusCode).toBe(422);
    expect(fieldOf(before.body)?.path).toBe('contactOn');
    const ahead = await add({ contactOn: addDays(today, 1), kind: 'other' });
    expect(ahead.statusCode).toBe(422);
    expect(fieldOf(ahead.body)?.path).toBe('contactOn');

    const read = (
      await call(t.app, m.session, { method: 'GET', url: `/api/support-courses/${course.id}` })
    ).json<SupportCourse>();
    expect(read.contacts.map((c) => [c.kind, c.contactOn])).toEqual([
      ['phone', addDays(today, -2)],
      ['visit', addDays(today, -10)],
    ]);
    // The course cannot now start after its first contact.
    const later = await call(t.app, m.session, {
      method: 'PATCH',
      url: `/api/support-courses/${course.id}`,
      payload: { version: 1, startedOn: addDays(today, -5) },
    });
    expect(later.statusCode).toBe(422);
    expect(fieldOf(later.body)?.path).toBe('startedOn');
  });
});

describe('ending a course', () => {
  it('records the end and its reason; refuses an end before the start, ahead of today, or twice', async () => {
    const m = await municipality();
    const course = await startCourse(m);
    const end = (payload: Record<string, unknown>) =>
      call(t.app, m.session, { method: 'POST', url: `/api/support-courses/${course.id}/end`, payload });
    const early = await end({ version: 1, endedOn: addDays(today, -151), endReason: 'completed' });
    expect(early.statusCode).toBe(422);
    expect(fieldOf(early.body)?.path).toBe('endedOn');
    expect(fieldOf((await end({ version: 1, endedOn: addDays(today, 1), endReason: 'completed' })).body)?.path).toBe('endedOn');
    const ended = await end({
      version: 1,
      endedOn: addDays(today, -1),
      endReason: 'citizen_declined',
      endNote: 'Ønsker ikke mere støtte',
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json<SupportCourse>()).toMatchObject({
      endedOn: addDays(today, -1),
      endReason: 'citizen_declined',
      endNote: 'Ønsker ikke mere støtte',
      version: 2,
    });
    expect(ended.json<SupportCourse>().cti?.transition.status).toBe('not_applicable');
    const twice = await end({ version: 2, endedOn: today, endReason: 'other' });
    expect(twice.statusCode).toBe(422);
    expect(fieldOf(twice.body)?.path).toBe('endedOn');
  });
});

describe('team, worker and concurrent edits', () => {
  it('refuses a team or worker outside the municipality, naming the field', async () => {
    const m = await municipality();
    const other = await municipality();
    const create = (payload: Record<string, unknown>) =>
      call(t.app, m.session, {
        method: 'POST',
        url: `/api/citizens/${m.citizen.id}/support-courses`,
        payload: { method: 'icm', teamUnitId: m.team.id, workerUserId: m.worker.id, startedOn: '2025-03-03', ...payload },
      });
    const team = await create({ teamUnitId: other.team.id });
    expect(team.statusCode).toBe(422);
    expect(fieldOf(team.body)?.path).toBe('teamUnitId');
    const worker = await create({ workerUserId: other.worker.id });
    expect(worker.statusCode).toBe(422);
    expect(fieldOf(worker.body)?.path).toBe('workerUserId');
    const ahead = await create({ startedOn: addDays(today, 1) });
    expect(fieldOf(ahead.body)?.path).toBe('startedOn');
  });

  it('the second of two editors gets 409 with what changed', async () => {
    const m = await municipality();
    const course = await startCourse(m);
    const first = await call(t.app, m.session, {
      method: 'PATCH',
      url: `/api/support-courses/${course.id}`,
      payload: { version: 1, workerUserId: m.caseworker.id },
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<SupportCourse>().worker?.id).toBe(m.caseworker.id);
    const second = await call(t.app, m.session, {
      method: 'PATCH',
      url: `/api/support-courses/${course.id}`,
      payload: { version: 1, note: 'Ny note' },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json<ErrorBody>().error.conflict).toMatchObject({
      changedFields: ['workerUserId'],
      current: { id: course.id, version: 2 },
    });
    const stalePhase = await phase(m.session, course.id, 1, { version: 1, startedOn: today });
    expect(stalePhase.statusCode).toBe(409);
  });
});

describe('who sees and changes courses', () => {
  it('another municipality gets 404; a shelter reads for its residents but does not change', async () => {
    const m = await municipality();
    const stranger = await municipality();
    const shelter = await createShelterWithStaff(t.db);
    await createStay(t.db, { citizenId: m.citizen.id, shelterId: shelter.organisation.id, admittedOn: '2025-03-01' });
    const course = await startCourse(m);
    const requests = [
      { method: 'GET' as const, url: `/api/support-courses/${course.id}` },
      { method: 'GET' as const, url: `/api/citizens/${m.citizen.id}/support-courses` },
      { method: 'PATCH' as const, url: `/api/support-courses/${course.id}`, payload: { version: 1, note: 'x' } },
      {
        method: 'POST' as const,
        url: `/api/support-courses/${course.id}/end`,
        payload: { version: 1, endedOn: today, endReason: 'other' },
      },
      {
        method: 'PUT' as const,
        url: `/api/support-courses/${course.id}/cti-phases/1`,
        payload: { version: 1, startedOn: today },
      },
      {
        method: 'POST' as const,
        url: `/api/support-courses/${course.id}/contacts`,
        payload: { contactOn: today, kind: 'visit' },
      },
    ];
    for (const request of requests) expect((await call(t.app, stranger.session, request)).statusCode, request.url).toBe(404);
    expect(
      (await call(t.app, stranger.session, { method: 'GET', url: `/api/citizens/${stranger.citizen.id}/support-courses` })).json<{
        items: SupportCourse[];
      }>().items,
    ).toEqual([]);

    const staff = await signInAs(t.app, shelter.staff);
    const [read, list, ...writes] = requests;
    expect((await call(t.app, staff, read!)).statusCode).toBe(200);
    expect((await call(t.app, staff, list!)).json<{ items: SupportCourse[] }>().items.map((c) => c.id)).toEqual([course.id]);
    for (const request of writes) expect((await call(t.app, staff, request)).statusCode, request.url).toBe(403);
    const create = await call(t.app, staff, {
      method: 'POST',
      url: `/api/citizens/${m.citizen.id}/support-courses`,
      payload: { method: 'icm', teamUnitId: m.team.id, workerUserId: m.worker.id, startedOn: '2025-03-03' },
    });
    expect(create.statusCode).toBe(403);
  });
});

describe('the § 85 a decision a course delivers', () => {
  const refusal = async (m: Municipality, decisionId: string, method = 'cti', locale = 'da') => {
    const response = await call(t.app, m.session, {
      method: 'POST',
      url: `/api/citizens/${m.citizen.id}/support-courses`,
      payload: { method, decisionId, teamUnitId: m.team.id, workerUserId: m.worker.id, startedOn: addDays(today, -10) },
      headers: { 'accept-language': locale },
    });
    expect(response.statusCode, response.body).toBe(422);
    const field = fieldOf(response.body);
    expect(field?.path).toBe('decisionId');
    return { code: (JSON.parse(response.body) as ErrorBody).error.code, message: field?.message ?? '' };
  };

  it('links the citizen’s own § 85 a grant of the same method, and shows it on the course', async () => {
    const m = await municipality();
    const decision = await decisionFor(m, {
      method: 'cti',
      decidedOn: '2025-02-01',
      periodFrom: '2025-02-01',
      periodTo: '2026-02-01',
    });
    const course = await startCourse(m, { decisionId: decision.id });
    expect(course.decisionId).toBe(decision.id);
    expect(course.decision).toEqual({
      id: decision.id,
      kind: '85a',
      method: 'cti',
      outcome: 'granted',
      decidedOn: '2025-02-01',
      periodFrom: '2025-02-01',
      periodTo: '2026-02-01',
    });
    const list = await call(t.app, m.session, { method: 'GET', url: `/api/citizens/${m.citizen.id}/support-courses` });
    expect(list.json<{ items: SupportCourse[] }>().items[0]?.decision?.id).toBe(decision.id);
  });

  it('refuses another citizen’s decision, one that is not § 85 a, a refusal, and another method, naming the field', async () => {
    const m = await municipality();
    const other = await createCitizen(t.db, { handlekommuneId: m.organisation.id });
    const othersDecision = await createDecision(t.db, { citizenId: other.id, organisationId: m.organisation.id });
    expect(await refusal(m, othersDecision.id)).toMatchObject({
      code: 'validation_failed',
      message: expect.stringMatching(/^Afgørelse: den valgte afgørelse findes ikke hos denne borger/) as unknown,
    });

    const residential = await decisionFor(m, { kind: '107', decidedOn: '2025-03-04' });
    expect((await refusal(m, residential.id)).message).toBe(
      'Afgørelse: afgørelsen af 04.03.2025 er efter § 107, ikke § 85 a. Et støtteforløb leveres efter en afgørelse efter § 85 a.',
    );

    const refused = await decisionFor(m, { outcome: 'refused' });
    expect((await refusal(m, refused.id, 'cti', 'en')).message).toMatch(/^Decision: the decision of .* is a refusal/);

    const icm = await decisionFor(m, { method: 'icm', decidedOn: '2025-03-04' });
    expect((await refusal(m, icm.id)).message).toBe(
      'Afgørelse: afgørelsen af 04.03.2025 bevilger ICM, men forløbet er CTI. Vælg en afgørelse med samme metode.',
    );
    expect((await refusal(m, icm.id, 'cti', 'en')).message).toBe(
      'Decision: the decision of 04.03.2025 grants ICM, but the course is CTI. Choose a decision with the same method.',
    );

    const unknown = await refusal(m, '00000000-0000-4000-8000-000000000000');
    expect(unknown.message).toMatch(/^Afgørelse:/);
    const stored = await t.db.selectFrom('support_courses').select('id').where('citizen_id', '=', m.citizen.id).execute();
    expect(stored).toEqual([]);
  });

  it('checks a decision linked later the same way, and lets one be unlinked', async () => {
    const m = await municipality();
    const course = await startCourse(m);
    const icm = await decisionFor(m, { method: 'icm' });
    const wrong = await call(t.app, m.session, {
      method: 'PATCH',
      url: `/api/support-courses/${course.id}`,
      payload: { version: course.version, decisionId: icm.id },
    });
    expect(wrong.statusCode).toBe(422);
    expect(fieldOf(wrong.body)?.path).toBe('decisionId');
    const cti = await decisionFor(m, { method: 'cti' });
    const linked = await call(t.app, m.session, {
      method: 'PATCH',
      url: `/api/support-courses/${course.id}`,
      payload: { version: course.version, decisionId: cti.id },
    });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json<SupportCourse>().decision?.id).toBe(cti.id);
    const unlinked = await call(t.app, m.session, {
      method: 'PATCH',
      url: `/api/support-courses/${course.id}`,
      payload: { version: linked.json<SupportCourse>().version, decisionId: null },
    });
    expect(unlinked.json<SupportCourse>()).toMatchObject({ decisionId: null, decision: null });
  });

  it('is a foreign key: the decision cannot be deleted under its course, while the citizen’s deletion takes both', async () => {
    const m = await municipality();
    const decision = await decisionFor(m);
    await startCourse(m, { decisionId: decision.id });
    await expect(t.db.deleteFrom('decisions').where('id', '=', decision.id).execute()).rejects.toThrow(
      /support_courses_decision_fk/,
    );
    await expect(
      t.db
        .updateTable('support_courses')
        .set({ decision_id: '00000000-0000-4000-8000-000000000000' })
        .where('citizen_id', '=', m.citizen.id)
        .execute(),
    ).rejects.toThrow(/support_courses_decision_fk/);
    await t.db.deleteFrom('citizens').where('id', '=', m.citizen.id).execute();
    expect(await t.db.selectFrom('decisions').select('id').where('id', '=', decision.id).execute()).toEqual([]);
  });
});

/** A citizen the team works with (a task in its inbox puts them in the support worker's scope). */
async function teamCitizen(m: Municipality) {
  const citizen = await createCitizen(t.db, { handlekommuneId: m.organisation.id });
  await createTask(t.db, { organisationId: m.organisation.id, citizenId: citizen.id, unitId: m.team.id, title: 'Start forløb' });
  return citizen;
}

describe('the support worker’s caseload', () => {
  it('lists the open courses they work, the longest without contact first, with the CTI phase; nothing of other teams', async () => {
    const m = await municipality();
    const seen = await startCourse(m);
    await call(t.app, m.session, {
      method: 'POST',
      url: `/api/support-courses/${seen.id}/contacts`,
      payload: { contactOn: addDays(today, -2), kind: 'visit' },
    });
    const phaseOne = await phase(m.session, seen.id, 1, { version: seen.version, startedOn: addDays(today, -10) });
    expect(phaseOne.statusCode, phaseOne.body).toBe(200);
    // A colleague's citizen in the team, never contacted since the start 150 days ago: first in the list.
    const colleague = await createUser(t.db, m.organisation.id, { role: 'support_worker', unitIds: [m.team.id] });
    const unseenCitizen = await teamCitizen(m);
    const unseen = await call(t.app, m.session, {
      method: 'POST',
      url: `/api/citizens/${unseenCitizen.id}/support-courses`,
      payload: { method: 'icm', teamUnitId: m.team.id, workerUserId: colleague.id, startedOn: addDays(today, -150) },
    });
    expect(unseen.statusCode, unseen.body).toBe(201);
    // An ended course drops out.
    const endedCitizen = await teamCitizen(m);
    const ended = await call(t.app, m.session, {
      method: 'POST',
      url: `/api/citizens/${endedCitizen.id}/support-courses`,
      payload: { method: 'act', teamUnitId: m.team.id, workerUserId: m.worker.id, startedOn: addDays(today, -100) },
    });
    const endedResponse = await call(t.app, m.session, {
      method: 'POST',
      url: `/api/support-courses/${ended.json<SupportCourse>().id}/end`,
      payload: { endedOn: today, endReason: 'completed', version: 1 },
    });
    expect(endedResponse.statusCode, endedResponse.body).toBe(200);

    const response = await call(t.app, m.session, { method: 'GET', url: '/api/support-courses/caseload' });
    expect(response.statusCode, response.body).toBe(200);
    const caseload = response.json<Caseload>();
    expect(caseload.items.map((item) => item.citizenId)).toEqual([unseenCitizen.id, m.citizen.id]);
    expect(caseload).toMatchObject({ total: 2, unseenCount: 1, registrationsDueCount: 0 });
    expect(caseload.items[0]).toMatchObject({ method: 'icm', isMine: false, lastContactOn: null, daysWithoutContact: 150 });
    expect(caseload.items[1]).toMatchObject({
      method: 'cti',
      isMine: true,
      ctiPhase: 1,
      lastContactOn: addDays(today, -2),
      daysWithoutContact: 2,
      teamName: 'CTI-teamet',
    });

    // Another municipality's support worker sees none of it; the read is audited.
    const other = await municipality();
    const foreign = await call(t.app, other.session, { method: 'GET', url: '/api/support-courses/caseload' });
    expect(foreign.json<Caseload>().items).toEqual([]);
    const event = await auditEvent(t.db, { action: 'support_course.caseload', actorUserId: m.worker.id }, ['changes']);
    expect(event.changes).toMatchObject({ count: 2 });
  });
});
