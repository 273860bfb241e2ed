/**
 * Tasks through the API: a caseworker starts a flowcard for a citizen; the shelter, the
 * jobcentre and housing allocation work their inboxes; later steps open as earlier ones are
 * done; steps the course already shows are done with a link; "Housing First haster" puts a
 * task first with a shorter deadline; an overdue task escalates to the leader; the citizen's
 * overview shows it all with the two-month clock. Refusals: done twice (409), another unit's
 * task (403 when visible, 404 when not), a waiting task (422), bad input (400).
 */
import { describe, expect, it } from 'vitest';
import type {
  CitizenTaskOverview,
  ErrorBody,
  Inbox,
  NotificationList,
  Oversight,
  StartedFlowcard,
  Task,
} from '@hjemvej/contract';
import { addDays, addWorkingDays, compareTaskPriority, endOfWeek } from '@hjemvej/domain';
import { todayInDenmark } from '../src/calendar/danish-time';
import { escalateOverdueTasks } from '../src/modules/tasks/escalation-job';
import { call, signInFromOwnAddresses, useTestApp, type Session } from './support/test-app';
import {
  createCitizen,
  createFlowcard,
  createHousingAllocation,
  createMunicipalityWithStaff,
  createOrganisation,
  createPlan,
  createShelterWithStaff,
  createStay,
  createTask,
  createUnit,
  createUser,
  setFirstContact,
} from './support/factories';
import { auditEvent, auditEvents } from './support/audit-events';

const t = useTestApp();

const today = () => todayInDenmark();

const signInAs = signInFromOwnAddresses(t, 4);

/** Demo-like: a municipality with myndighed, jobcentre, housing allocation and a leader; a shelter partner with its team; a citizen staying there. */
async function scene() {
  const staff = await createMunicipalityWithStaff(t.db);
  const org = staff.organisation.id;
  const jobcenter = await createUnit(t.db, org, { name: 'Jobcenter – kontanthjælp', kind: 'jobcenter' });
  const housing = await createUnit(t.db, org, { name: 'Boliganvisning', kind: 'boliganvisning' });
  const jobUser = await createUser(t.db, org, { role: 'unit_member', unitIds: [jobcenter.id] });
  const housingUser = await createUser(t.db, org, { role: 'unit_member', unitIds: [housing.id] });
  const leader = await createUser(t.db, org, { role: 'leader', unitIds: [staff.unit.id] });
  const shelter = await createShelterWithStaff(t.db);
  const shelterUnit = await createUnit(t.db, shelter.organisation.id, { name: 'Døgnteamet', kind: 'shelter' });
  await t.db.insertInto('user_units').values({ user_id: shelter.staff.id, unit_id: shelterUnit.id }).execute();
  await t.db.insertInto('organisation_partners').values({ organisation_id: org, partner_id: shelter.organisation.id }).execute();
  const citizen = await createCitizen(t.db, { handlekommuneId: org });
  const stay = await createStay(t.db, {
    citizenId: citizen.id,
    shelterId: shelter.organisation.id,
    admittedOn: addDays(today(), -3),
  });
  const flowcard = await createFlowcard(t.db, {
    organisationId: org,
    name: `Fra forsorgshjem til egen bolig ${citizen.id.slice(0, 4)}`,
    steps: [
      {
        key: 'notify',
        title: 'Underret handlekommunen',
        responsibleUnitId: shelterUnit.id,
        deadlineWorkingDays: 3,
        doneWhen: 'notification_sent',
      },
      {
        key: 'income',
        title: 'Start kontanthjælp',
        responsibleUnitId: jobcenter.id,
        deadlineWorkingDays: 5,
        checklist: ['Ansøgning', 'Kontonummer'],
      },
      {
        key: 'plan',
        title: 'Udred og lav plan',
        responsibleUnitId: staff.unit.id,
        deadlineWorkingDays: 10,
        dependsOn: ['notify'],
        doneWhen: 'plan_exists',
      },
      {
        key: 'housing',
        title: 'Skriv op til boliganvisning',
        responsibleUnitId: housing.id,
        deadlineWorkingDays: 5,
        dependsOn: ['plan'],
        deadlineFrom: { kind: 'step_done', stepKey: 'plan' },
      },
    ],
  });
  const sessions = {
    caseworker: await signInAs(staff.caseworker),
    job: await signInAs(jobUser),
    housing: await signInAs(housingUser),
    shelter: await signInAs(shelter.staff),
    leader: await signInAs(leader),
  };
  return { ...staff, jobcenter, housing, jobUser, housingUser, leader, shelter, shelterUnit, citizen, stay, flowcard, sessions };
}
type Scene = Awaited<ReturnType<typeof scene>>;

async function start(s: Scene, session: Session = s.sessions.caseworker): Promise<StartedFlowcard> {
  const response = await call(t.app, session, {
    method: 'POST',
    url: `/api/citizens/${s.citizen.id}/flowcard-runs`,
    payload: { flowcardId: s.flowcard.id },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<StartedFlowcard>();
}

const taskOf = (started: StartedFlowcard, key: string) => {
  const task = started.tasks.find((x) => x.stepKey === key);
  if (!task) throw new Error(`no task for ${key}`);
  return task;
};

async function act(session: Session, taskId: string, action: string, payload: Record<string, unknown> = {}) {
  return call(t.app, session, { method: 'POST', url: `/api/tasks/${taskId}/${action}`, payload });
}

async function inbox(session: Session, query = ''): Promise<Inbox> {
  const response = await call(t.app, session, { method: 'GET', url: `/api/inbox${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Inbox>();
}

describe('starting a flowcard for a citizen', () => {
  it('creates a task for each unit: steps without dependencies open with due dates, later ones wait', async () => {
    const s = await scene();
    const started = await start(s);
    expect(started.run).toMatchObject({ flowcardId: s.flowcard.id, flowcardVersion: 1, startedOn: today() });
    expect(started.tasks.map((x) => [x.stepKey, x.status, x.unit.name])).toEqual([
      ['notify', 'open', 'Døgnteamet'],
      ['income', 'open', 'Jobcenter – kontanthjælp'],
      ['plan', 'waiting', 'Myndighed voksne'],
      ['housing', 'waiting', 'Boliganvisning'],
    ]);
    expect(taskOf(started, 'notify').dueOn).toBe(addWorkingDays(today(), 3));
    expect(taskOf(started, 'income').dueOn).toBe(addWorkingDays(today(), 5));
    expect(taskOf(started, 'plan').dueOn).toBe(addWorkingDays(today(), 10));
    expect(taskOf(started, 'housing').dueOn).toBeNull();
    // The caseworker sees the citizen on each task.
    expect(taskOf(started, 'income').citizen?.id).toBe(s.citizen.id);

    const event = await auditEvent(t.db, { action: 'flowcard_run.start', subjectId: started.run.id }, ['citizen_id', 'changes']);
    expect(event.citizen_id).toBe(s.citizen.id);
    expect(event.changes).toMatchObject({ tasks: 4 });

    // The units with open tasks are told in the app.
    const notes = await t.db
      .selectFrom('notifications')
      .select(['user_id', 'kind', 'title'])
      .where('kind', '=', 'task_opened')
      .where('user_id', 'in', [s.jobUser.id, s.shelter.staff.id, s.housingUser.id])
      .execute();
    expect(notes.map((n) => n.user_id).sort()).toEqual([s.jobUser.id, s.shelter.staff.id].sort());
    expect(notes.find((n) => n.user_id === s.jobUser.id)?.title).toBe(
      'Ny opgave til Jobcenter – kontanthjælp: Start kontanthjælp',
    );
  });

  it('marks steps the course already shows as done, with a link to the record, and opens what follows', async () => {
    const s = await scene();
    await t.db.updateTable('shelter_stays').set({ handlekommune_notified_on: today() }).where('id', '=', s.stay.id).execute();
    const plan = await createPlan(t.db, { citizenId: s.citizen.id, kind: '142', madeOn: today() });
    const started = await start(s);
    expect(taskOf(started, 'notify')).toMatchObject({ status: 'done', linkedRecord: { type: 'stay', id: s.stay.id } });
    expect(taskOf(started, 'plan')).toMatchObject({ status: 'done', linkedRecord: { type: 'plan', id: plan.id } });
    const housing = taskOf(started, 'housing');
    expect(housing).toMatchObject({ status: 'open', dueOn: addWorkingDays(today(), 5) });
  });

  it('marks a step done when the course later shows it (a plan made through the API)', async () => {
    const s = await scene();
    const started = await start(s);
    await act(s.sessions.shelter, taskOf(started, 'notify').id, 'done');
    const made = await call(t.app, s.sessions.caseworker, {
      method: 'POST',
      url: `/api/citizens/${s.citizen.id}/plans`,
      payload: { kind: '142', madeOn: today() },
    });
    expect(made.statusCode, made.body).toBe(201);
    const plan = await call(t.app, s.sessions.caseworker, { method: 'GET', url: `/api/tasks/${taskOf(started, 'plan').id}` });
    expect(plan.json<Task>()).toMatchObject({
      status: 'done',
      linkedRecord: { type: 'plan', id: made.json<{ id: string }>().id },
    });
    expect(plan.json<Task>().events.at(-1)).toMatchObject({ kind: 'done', byName: null, text: 'course:plan' });
    const housing = await call(t.app, s.sessions.housing, { method: 'GET', url: `/api/tasks/${taskOf(started, 'housing').id}` });
    expect(housing.json<Task>().status).toBe('open');
  });

  it('refuses what cannot be started, clearly', async () => {
    const s = await scene();
    const other = await createMunicipalityWithStaff(t.db);
    const foreign = await createFlowcard(t.db, {
      organisationId: other.organisation.id,
      steps: [{ key: 'a', title: 'A', responsibleUnitId: other.unit.id }],
    });
    const outsider = await createFlowcard(t.db, {
      organisationId: s.organisation.id,
      steps: [{ key: 'a', title: 'Fremmed enhed', responsibleUnitId: other.unit.id }],
    });
    const cases: [Record<string, unknown>, number, string][] = [
      [{ flowcardId: foreign.id }, 422, 'flowcardId'],
      [{ flowcardId: outsider.id }, 422, 'flowcardId'],
      [{ flowcardId: s.flowcard.id, startedOn: addDays(today(), 2) }, 422, 'startedOn'],
      [{ flowcardId: 'ikke-et-id' }, 400, 'flowcardId'],
    ];
    for (const [payload, status, field] of cases) {
      const response = await call(t.app, s.sessions.caseworker, {
        method: 'POST',
        url: `/api/citizens/${s.citizen.id}/flowcard-runs`,
        payload,
      });
      expect(response.statusCode, JSON.stringify(payload)).toBe(status);
      expect(response.json<ErrorBody>().error.fields?.[0]?.path).toBe(field);
    }
    expect(
      (
        await call(t.app, s.sessions.caseworker, {
          method: 'POST',
          url: `/api/citizens/${s.citizen.id}/flowcard-runs`,
          payload: { flowcardId: outsider.id },
        })
      ).json<ErrorBody>().error.fields?.[0]?.message,
    ).toContain('Fremmed enhed');
    await start(s);
    const twice = await call(t.app, s.sessions.caseworker, {
      method: 'POST',
      url: `/api/citizens/${s.citizen.id}/flowcard-runs`,
      payload: { flowcardId: s.flowcard.id },
    });
    expect(twice.statusCode).toBe(409);
    // A shelter reaches the citizen but does not start the municipality's flowcards.
    const byShelter = await call(t.app, s.sessions.shelter, {
      method: 'POST',
      url: `/api/citizens/${s.citizen.id}/flowcard-runs`,
      payload: { flowcardId: s.flowcard.id },
    });
    expect(byShelter.statusCode).toBe(403);
  });
});

describe('three units work their inboxes', () => {
  it('shelter, jobcentre and housing allocation each see their own open tasks; later steps open as earlier ones are done', async () => {
    const s = await scene();
    const started = await start(s);
    const shelterInbox = await inbox(s.sessions.shelter);
    expect(shelterInbox.items.map((x) => x.id)).toEqual([taskOf(started, 'notify').id]);
    // The shelter sees its resident.
    expect(shelterInbox.items[0]?.citizen?.id).toBe(s.citizen.id);
    expect((await inbox(s.sessions.job)).items.map((x) => x.id)).toEqual([taskOf(started, 'income').id]);
    expect((await inbox(s.sessions.housing)).items).toEqual([]);
    expect((await inbox(s.sessions.housing, '?view=waiting')).items.map((x) => x.id)).toEqual([taskOf(started, 'housing').id]);

    const notify = taskOf(started, 'notify').id;
    const taken = await act(s.sessions.shelter, notify, 'take');
    expect(taken.json<Task>()).toMatchObject({ status: 'in_progress', assignee: { id: s.shelter.staff.id } });
    const done = await act(s.sessions.shelter, notify, 'done', { comment: 'Sendt med sikker post' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json<Task>().status).toBe('done');
    // The plan step opened for myndighed, with its members told.
    const plan = await call(t.app, s.sessions.caseworker, { method: 'GET', url: `/api/tasks/${taskOf(started, 'plan').id}` });
    expect(plan.json<Task>().status).toBe('open');
    const told = await t.db
      .selectFrom('notifications')
      .select('kind')
      .where('user_id', '=', s.caseworker.id)
      .where('task_id', '=', taskOf(started, 'plan').id)
      .execute();
    expect(told.map((n) => n.kind)).toEqual(['task_opened']);

    // Jobcentre: checklist, comment, blocked naming what it waits for, unblocked, done.
    const income = taskOf(started, 'income').id;
    const ticked = await call(t.app, s.sessions.job, {
      method: 'PUT',
      url: `/api/tasks/${income}/checklist/1`,
      payload: { done: true },
    });
    expect(ticked.json<Task>().checklist).toEqual([
      { label: 'Ansøgning', done: false },
      { label: 'Kontonummer', done: true },
    ]);
    expect(
      (await call(t.app, s.sessions.job, { method: 'PUT', url: `/api/tasks/${income}/checklist/7`, payload: { done: true } }))
        .statusCode,
    ).toBe(422);
    expect((await act(s.sessions.job, income, 'comments', { text: 'Borgeren mangler NemID' })).statusCode).toBe(200);
    const blocked = await act(s.sessions.job, income, 'block', { waitingFor: 'Borgerens bankoplysninger' });
    expect(blocked.json<Task>()).toMatchObject({ status: 'blocked', blockedWaitingFor: 'Borgerens bankoplysninger' });
    expect((await act(s.sessions.job, income, 'block', { waitingFor: 'igen' })).statusCode).toBe(409);
    expect((await act(s.sessions.job, income, 'block', { waitingFor: '' })).statusCode).toBe(400);
    // The caseworker who started the flowcard hears that it waits.
    const waitNote = await t.db
      .selectFrom('notifications')
      .select(['title', 'body'])
      .where('user_id', '=', s.caseworker.id)
      .where('kind', '=', 'task_blocked')
      .executeTakeFirstOrThrow();
    expect(waitNote.body).toContain('Borgerens bankoplysninger');
    expect((await act(s.sessions.job, income, 'unblock')).json<Task>().status).toBe('open');
    const incomeDone = await act(s.sessions.job, income, 'done');
    expect(incomeDone.json<Task>().events.map((e) => e.kind)).toEqual(['created', 'comment', 'blocked', 'unblocked', 'done']);
    // Finished with "Ansøgning" not ticked: the audit records how many points were left.
    const doneEvent = await auditEvent(t.db, { action: 'task.done', subjectId: income }, ['changes']);
    expect(doneEvent.changes).toMatchObject({ uncheckedItems: 1 });
  });

  it('refuses to finish a task twice, naming who finished it', async () => {
    const s = await scene();
    const started = await start(s);
    const income = taskOf(started, 'income').id;
    expect((await act(s.sessions.job, income, 'done')).statusCode).toBe(200);
    const again = await act(s.sessions.job, income, 'done', {});
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorBody>().error.code).toBe('task_already_done');
    expect(again.json<ErrorBody>().error.message).toContain('allerede løst');
    expect(again.json<ErrorBody>().error.message).toContain('Test unit_member');
    expect((await act(s.sessions.job, income, 'take')).statusCode).toBe(409);
    // Reopened with a reason, it can be done again.
    expect((await act(s.sessions.job, income, 'reopen', { reason: 'Forkert kontonummer' })).json<Task>().status).toBe(
      'in_progress',
    );
    expect((await act(s.sessions.job, income, 'done')).statusCode).toBe(200);
    const events = await t.db.selectFrom('task_events').select('kind').where('task_id', '=', income).orderBy('at').execute();
    expect(events.map((e) => e.kind)).toEqual(['created', 'done', 'reopened', 'done']);
  });

  it('refuses another unit’s task: 403 naming the unit when the caller sees it, 404 when not', async () => {
    const s = await scene();
    const started = await start(s);
    const notify = taskOf(started, 'notify').id;
    // The jobcentre sees the citizen's tasks (same municipality), but the notification is the shelter's.
    const byJob = await act(s.sessions.job, notify, 'done');
    expect(byJob.statusCode).toBe(403);
    expect(byJob.json<ErrorBody>().error.code).toBe('task_not_your_unit');
    expect(byJob.json<ErrorBody>().error.message).toContain('Døgnteamet');
    const refused = await auditEvents(t.db, { action: 'access.refused', subjectId: notify }, ['outcome']);
    expect(refused.length).toBeGreaterThan(0);
    // The shelter does not see the jobcentre's task at all.
    expect((await act(s.sessions.shelter, taskOf(started, 'income').id, 'done')).statusCode).toBe(404);
    expect(
      (await call(t.app, s.sessions.shelter, { method: 'GET', url: `/api/tasks/${taskOf(started, 'income').id}` })).statusCode,
    ).toBe(404);
    // Another shelter's staff: nothing.
    const otherShelter = await createShelterWithStaff(t.db);
    const stranger = await signInAs(otherShelter.staff);
    expect((await act(stranger, notify, 'done')).statusCode).toBe(404);
    const task = await t.db.selectFrom('tasks').select('status').where('id', '=', notify).executeTakeFirstOrThrow();
    expect(task.status).toBe('open');
  });

  it('refuses a waiting task until the steps it depends on are done, naming them', async () => {
    const s = await scene();
    const started = await start(s);
    const response = await act(s.sessions.caseworker, taskOf(started, 'plan').id, 'done');
    expect(response.statusCode).toBe(422);
    expect(response.json<ErrorBody>().error.fields?.[0]?.message).toContain('Underret handlekommunen (Døgnteamet)');
    const detail = await call(t.app, s.sessions.caseworker, { method: 'GET', url: `/api/tasks/${taskOf(started, 'plan').id}` });
    expect(detail.json<Task>().waitingForSteps).toEqual(['Underret handlekommunen (Døgnteamet)']);
    expect((await act(s.sessions.caseworker, taskOf(started, 'plan').id, 'take')).statusCode).toBe(422);
  });

  it('a partner’s unit sees its task but never who the citizen is', async () => {
    const s = await scene();
    const ngoUnit = await createUnit(t.db, s.partner.id, { name: 'Værestedet', kind: 'other' });
    const partnerUser = await createUser(t.db, s.partner.id, { role: 'partner_member', unitIds: [ngoUnit.id] });
    const created = await call(t.app, s.sessions.caseworker, {
      method: 'POST',
      url: `/api/citizens/${s.citizen.id}/tasks`,
      payload: { title: 'Find møbler', unitId: ngoUnit.id, dueOn: addWorkingDays(today(), 10) },
    });
    expect(created.statusCode, created.body).toBe(201);
    const session = await signInAs(partnerUser);
    const list = await inbox(session);
    expect(list.items.map((x) => [x.title, x.citizen])).toEqual([['Find møbler', null]]);
    const detail = await call(t.app, session, { method: 'GET', url: `/api/tasks/${created.json<Task>().id}` });
    for (const body of [JSON.stringify(list), detail.body]) {
      for (const secret of [s.citizen.id, s.citizen.firstName ?? '', s.citizen.lastName ?? '', s.citizen.cpr ?? ''])
        expect(body).not.toContain(secret);
    }
    expect((await act(session, created.json<Task>().id, 'done')).statusCode).toBe(200);
    // Partners reach no citizen overview.
    expect((await call(t.app, session, { method: 'GET', url: `/api/citizens/${s.citizen.id}/tasks` })).statusCode).toBe(404);
  });

  it('tasks by hand go only to own units and partners’ units', async () => {
    const s = await scene();
    const other = await createMunicipalityWithStaff(t.db);
    const refused = await call(t.app, s.sessions.caseworker, {
      method: 'POST',
      url: `/api/citizens/${s.citizen.id}/tasks`,
      payload: { title: 'X', unitId: other.unit.id },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json<ErrorBody>().error.fields?.[0]?.path).toBe('unitId');
    const past = await call(t.app, s.sessions.caseworker, {
      method: 'POST',
      url: `/api/citizens/${s.citizen.id}/tasks`,
      payload: { title: 'X', unitId: s.jobcenter.id, dueOn: addDays(today(), -1) },
    });
    expect(past.json<ErrorBody>().error.fields?.[0]?.path).toBe('dueOn');
    const empty = await call(t.app, s.sessions.caseworker, {
      method: 'POST',
      url: `/api/citizens/${s.citizen.id}/tasks`,
      payload: { title: '  ', unitId: s.jobcenter.id, extra: 1 },
    });
    expect(empty.statusCode).toBe(400);
    const units = await call(t.app, s.sessions.caseworker, { method: 'GET', url: '/api/task-units' });
    const names = units.json<{ items: { name: string; isOwn: boolean }[] }>().items;
    expect(
      names
        .filter((u) => u.isOwn)
        .map((u) => u.name)
        .sort(),
    ).toEqual(['Boliganvisning', 'Jobcenter – kontanthjælp', 'Myndighed voksne']);
    expect(names.some((u) => u.name === 'Døgnteamet' && !u.isOwn)).toBe(true);
    expect(names.some((u) => u.name === other.unit.name && !u.isOwn)).toBe(false);
  });
});

describe('the inbox’s summary per unit', () => {
  it('counts each of the caller’s units’ open tasks, and of them the urgent, the overdue and those due by Sunday', async () => {
    const s = await scene();
    const citizen = await createCitizen(t.db, { handlekommuneId: s.organisation.id });
    const task = (dueOn: string | null, extra: { isUrgent?: boolean; status?: 'open' | 'done' } = {}) =>
      createTask(t.db, { organisationId: s.organisation.id, citizenId: citizen.id, unitId: s.jobcenter.id, dueOn, ...extra });
    await task(addDays(today(), -4));
    await task(today(), { isUrgent: true });
    await task(endOfWeek(today()));
    await task(addDays(endOfWeek(today()), 1));
    await task(null);
    await task(addDays(today(), -1), { status: 'done' });
    const unit = (await inbox(s.sessions.job)).units.find((u) => u.id === s.jobcenter.id);
    expect(unit).toMatchObject({ openCount: 5, urgentCount: 1, overdueCount: 1, dueThisWeekCount: 2 });
  });
});

describe('Housing First haster', () => {
  it('an urgent task overtakes the others in the inbox and gets the shorter deadline', async () => {
    const s = await scene();
    const others = [];
    for (const days of [-4, 2, 8]) {
      const c = await createCitizen(t.db, { handlekommuneId: s.organisation.id });
      others.push(
        await createTask(t.db, {
          organisationId: s.organisation.id,
          citizenId: c.id,
          unitId: s.jobcenter.id,
          dueOn: addDays(today(), days),
        }),
      );
    }
    const started = await start(s);
    const income = taskOf(started, 'income');
    const before = await inbox(s.sessions.job);
    expect(before.items[0]?.id).toBe(others[0]?.id);
    expect(before.items[0]?.isOverdue).toBe(true);
    expect(before.items.findIndex((x) => x.id === income.id)).toBeGreaterThan(0);

    const urgent = await call(t.app, s.sessions.caseworker, {
      method: 'PUT',
      url: `/api/tasks/${income.id}/urgent`,
      payload: { urgent: true },
    });
    expect(urgent.statusCode, urgent.body).toBe(200);
    expect(urgent.json<Task>()).toMatchObject({ isUrgent: true, dueOn: addWorkingDays(today(), 2) });
    const after = await inbox(s.sessions.job);
    expect(after.items[0]).toMatchObject({ id: income.id, isUrgent: true });
    // The SQL order is the domain's order.
    const sorted = [...after.items].sort((a, b) => compareTaskPriority(a, b, today()));
    expect(after.items.map((x) => x.id)).toEqual(sorted.map((x) => x.id));
    expect(
      (
        await t.db
          .selectFrom('notifications')
          .select('kind')
          .where('user_id', '=', s.jobUser.id)
          .where('task_id', '=', income.id)
          .execute()
      ).map((n) => n.kind),
    ).toContain('task_urgent');

    // Clearing it restores the normal deadline.
    const cleared = await call(t.app, s.sessions.caseworker, {
      method: 'PUT',
      url: `/api/tasks/${income.id}/urgent`,
      payload: { urgent: false },
    });
    expect(cleared.json<Task>()).toMatchObject({ isUrgent: false, dueOn: addWorkingDays(today(), 5) });
  });

  it('the whole course marked urgent shortens every open task’s deadline', async () => {
    const s = await scene();
    const started = await start(s);
    const manual = await call(t.app, s.sessions.caseworker, {
      method: 'POST',
      url: `/api/citizens/${s.citizen.id}/tasks`,
      payload: { title: 'Depositumslån', unitId: s.housing.id, dueOn: addWorkingDays(today(), 15) },
    });
    const response = await call(t.app, s.sessions.caseworker, {
      method: 'PUT',
      url: `/api/citizens/${s.citizen.id}/urgent`,
      payload: { urgent: true },
    });
    expect(response.statusCode, response.body).toBe(200);
    const overview = response.json<CitizenTaskOverview>();
    expect(overview.isUrgent).toBe(true);
    const byId = new Map(overview.tasks.map((x) => [x.id, x]));
    expect(byId.get(taskOf(started, 'income').id)).toMatchObject({ isUrgent: true, dueOn: addWorkingDays(today(), 2) });
    expect(byId.get(manual.json<Task>().id)).toMatchObject({ isUrgent: true, dueOn: addWorkingDays(today(), 2) });
    // A waiting step keeps its normal deadline until it opens.
    expect(byId.get(taskOf(started, 'plan').id)?.dueOn).toBe(addWorkingDays(today(), 10));
    const event = await auditEvent(t.db, { action: 'citizen.urgent', citizenId: s.citizen.id }, ['changes']);
    expect(event.changes).toMatchObject({ isUrgent: { from: false, to: true } });
    // Shelter staff reach the citizen but do not mark the municipality's course.
    expect(
      (
        await call(t.app, s.sessions.shelter, {
          method: 'PUT',
          url: `/api/citizens/${s.citizen.id}/urgent`,
          payload: { urgent: false },
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('escalation and the leader', () => {
  it('a task overdue by the margin reaches the unit’s leader once; the leader sees overdue and blocked tasks', async () => {
    const s = await scene();
    const late = await createTask(t.db, {
      organisationId: s.organisation.id,
      citizenId: s.citizen.id,
      unitId: s.jobcenter.id,
      dueOn: addDays(today(), -10),
      title: 'Start kontanthjælp',
    });
    const fresh = await createTask(t.db, {
      organisationId: s.organisation.id,
      citizenId: s.citizen.id,
      unitId: s.jobcenter.id,
      dueOn: today(),
    });
    const stuck = await createTask(t.db, {
      organisationId: s.organisation.id,
      citizenId: s.citizen.id,
      unitId: s.housing.id,
      status: 'blocked',
      dueOn: addDays(today(), 5),
    });
    const first = await escalateOverdueTasks(t.db);
    expect(first.escalated).toBeGreaterThanOrEqual(1);
    const rows = await t.db.selectFrom('tasks').select(['id', 'escalated_at']).where('id', 'in', [late.id, fresh.id]).execute();
    expect(rows.find((r) => r.id === late.id)?.escalated_at).not.toBeNull();
    expect(rows.find((r) => r.id === fresh.id)?.escalated_at).toBeNull();
    // The jobcentre has no leader among its members, so the municipality's leader hears of it.
    const notes = await t.db
      .selectFrom('notifications')
      .select(['user_id', 'title'])
      .where('task_id', '=', late.id)
      .where('kind', '=', 'task_escalated')
      .execute();
    expect(notes).toEqual([{ user_id: s.leader.id, title: 'Overskredet frist i Jobcenter – kontanthjælp: Start kontanthjælp' }]);
    await escalateOverdueTasks(t.db);
    expect(
      await t.db
        .selectFrom('notifications')
        .select('id')
        .where('task_id', '=', late.id)
        .where('kind', '=', 'task_escalated')
        .execute(),
    ).toHaveLength(1);
    const audit = await auditEvents(t.db, { action: 'task.escalate', subjectId: late.id }, ['actor_user_id', 'citizen_id']);
    expect(audit).toEqual([{ actor_user_id: null, citizen_id: s.citizen.id }]);

    const bell = await call(t.app, s.sessions.leader, { method: 'GET', url: '/api/notifications' });
    expect(bell.json<NotificationList>().items[0]).toMatchObject({ kind: 'task_escalated', link: `/inbox?task=${late.id}` });

    const oversight = await call(t.app, s.sessions.leader, { method: 'GET', url: '/api/task-oversight' });
    expect(oversight.statusCode, oversight.body).toBe(200);
    const body = oversight.json<Oversight>();
    expect(body.overdue.map((x) => x.id)).toEqual([late.id]);
    expect(body.overdue[0]).toMatchObject({ isOverdue: true, escalatedAt: expect.any(String) as string });
    expect(body.blocked.map((x) => x.id)).toEqual([stuck.id]);
    expect(body.units.find((u) => u.name === 'Jobcenter – kontanthjælp')).toMatchObject({ overdue: 1, blocked: 0 });
    // Not for unit members.
    expect((await call(t.app, s.sessions.job, { method: 'GET', url: '/api/task-oversight' })).statusCode).toBe(403);
  });

  it('respects the municipality’s margin', async () => {
    const s = await scene();
    await t.db
      .insertInto('collaboration_settings')
      .values({ organisation_id: s.organisation.id, escalation_margin_working_days: 30, updated_by_user_id: null })
      .execute();
    const late = await createTask(t.db, {
      organisationId: s.organisation.id,
      citizenId: s.citizen.id,
      unitId: s.jobcenter.id,
      dueOn: addDays(today(), -10),
    });
    await escalateOverdueTasks(t.db);
    const row = await t.db.selectFrom('tasks').select('escalated_at').where('id', '=', late.id).executeTakeFirstOrThrow();
    expect(row.escalated_at).toBeNull();
  });
});

describe('the citizen’s overview', () => {
  it('shows every unit’s tasks, what waits on whom, what is next, and the two-month clock', async () => {
    const s = await scene();
    await setFirstContact(t.db, s.citizen.id, addDays(today(), -20));
    const started = await start(s);
    await act(s.sessions.shelter, taskOf(started, 'notify').id, 'take');
    await act(s.sessions.job, taskOf(started, 'income').id, 'block', { waitingFor: 'Bankoplysninger' });
    const response = await call(t.app, s.sessions.caseworker, { method: 'GET', url: `/api/citizens/${s.citizen.id}/tasks` });
    expect(response.statusCode, response.body).toBe(200);
    const overview = response.json<CitizenTaskOverview>();
    expect(overview.clock).toMatchObject({
      startedOn: addDays(today(), -20),
      goalOn: addDays(today(), 41),
      daysElapsed: 20,
      daysLeft: 41,
      state: 'running',
    });
    expect(overview.counts).toEqual({ done: 0, inProgress: 1, open: 0, waiting: 2, blocked: 1, overdue: 0 });
    expect(overview.runs.map((r) => r.flowcardName)).toEqual([s.flowcard.name]);
    const housing = overview.tasks.find((x) => x.stepKey === 'housing');
    expect(housing?.waitingForSteps).toEqual(['Udred og lav plan (Myndighed voksne)']);
    expect(overview.nextTaskIds).toHaveLength(2);
    const event = await auditEvents(t.db, { action: 'task.overview', citizenId: s.citizen.id }, ['citizen_id']);
    expect(event.length).toBeGreaterThan(0);
    // The shelter sees only its own unit's tasks of its resident.
    const shelterView = await call(t.app, s.sessions.shelter, { method: 'GET', url: `/api/citizens/${s.citizen.id}/tasks` });
    expect(shelterView.json<CitizenTaskOverview>().tasks.map((x) => x.stepKey)).toEqual(['notify']);
  });

  it('the clock stops at the move-in', async () => {
    const s = await scene();
    await setFirstContact(t.db, s.citizen.id, addDays(today(), -70));
    await createHousingAllocation(t.db, {
      citizenId: s.citizen.id,
      address: 'Havnegade 1',
      allocatedOn: addDays(today(), -30),
      leaseSignedOn: addDays(today(), -25),
      moveInOn: addDays(today(), -15),
    });
    const overview = (
      await call(t.app, s.sessions.caseworker, { method: 'GET', url: `/api/citizens/${s.citizen.id}/tasks` })
    ).json<CitizenTaskOverview>();
    expect(overview.clock).toMatchObject({ movedInOn: addDays(today(), -15), daysElapsed: 55, state: 'met' });
  });
});

describe('notifications', () => {
  it('lists only the caller’s own, counts unread and marks them read', async () => {
    const s = await scene();
    await start(s);
    const count = await call(t.app, s.sessions.job, { method: 'GET', url: '/api/notifications/unread-count' });
    expect(count.json<{ unread: number }>().unread).toBe(1);
    const list = (await call(t.app, s.sessions.job, { method: 'GET', url: '/api/notifications' })).json<NotificationList>();
    expect(list.items).toHaveLength(1);
    // Someone else's id is simply not marked.
    const shelterList = (
      await call(t.app, s.sessions.shelter, { method: 'GET', url: '/api/notifications' })
    ).json<NotificationList>();
    const foreign = await call(t.app, s.sessions.job, {
      method: 'POST',
      url: '/api/notifications/read',
      payload: { ids: [shelterList.items[0]!.id] },
    });
    expect(foreign.json<{ unread: number }>().unread).toBe(1);
    expect(
      (await call(t.app, s.sessions.shelter, { method: 'GET', url: '/api/notifications/unread-count' })).json<{
        unread: number;
      }>().unread,
    ).toBe(1);
    const marked = await call(t.app, s.sessions.job, {
      method: 'POST',
      url: '/api/notifications/read',
      payload: { ids: [list.items[0]!.id] },
    });
    expect(marked.json<{ unread: number }>().unread).toBe(0);
    expect(
      (await call(t.app, s.sessions.job, { method: 'POST', url: '/api/notifications/read', payload: { ids: [] } })).statusCode,
    ).toBe(400);
    // Text in the recipient's language.
    await t.db.updateTable('users').set({ locale: 'en' }).where('id', '=', s.housingUser.id).execute();
    const manual = await call(t.app, s.sessions.caseworker, {
      method: 'POST',
      url: `/api/citizens/${s.citizen.id}/tasks`,
      payload: { title: 'Boligtilbud', unitId: s.housing.id },
    });
    expect(manual.statusCode).toBe(201);
    const english = (
      await call(t.app, s.sessions.housing, { method: 'GET', url: '/api/notifications?unreadOnly=true' })
    ).json<NotificationList>();
    expect(english.items[0]?.title).toBe('New task for Boliganvisning: Boligtilbud');
  });
});

describe('bad input', () => {
  it('answers 400 naming the field, 404 for unknown tasks', async () => {
    const s = await scene();
    const started = await start(s);
    const id = taskOf(started, 'income').id;
    expect(
      (await call(t.app, s.sessions.job, { method: 'PUT', url: `/api/tasks/${id}/urgent`, payload: { urgent: 'ja' } }))
        .statusCode,
    ).toBe(400);
    expect((await act(s.sessions.job, id, 'comments', { text: '' })).json<ErrorBody>().error.fields?.[0]?.path).toBe('text');
    expect((await act(s.sessions.job, id, 'reopen', {})).statusCode).toBe(400);
    expect((await act(s.sessions.job, '00000000-0000-4000-8000-000000000000', 'done')).statusCode).toBe(404);
    expect((await call(t.app, s.sessions.job, { method: 'GET', url: '/api/inbox?view=alle' })).statusCode).toBe(400);
    expect((await call(t.app, s.sessions.job, { method: 'GET', url: '/api/inbox?pageSize=1000' })).statusCode).toBe(400);
    const org = await createOrganisation(t.db, { kind: 'national_agency' });
    const consultant = await createUser(t.db, org.id, { role: 'national_consultant' });
    const session = await signInAs(consultant);
    expect((await call(t.app, session, { method: 'GET', url: '/api/inbox' })).statusCode).toBe(403);
  });
});
