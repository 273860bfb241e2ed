/**
 * Method fidelity (K14) through the API: a support team's member and the municipality's leader
 * record fidelity measurements, K14 shows the latest per core element with the previous beside
 * it, the status report's implementation section shows it; bad input answers 400/422 naming the
 * field (Danish and English); nobody outside the team's reach sees or records a measurement; a
 * measurement that falls due is a task in the team's inbox, made once, done by the next measurement.
 */
import { describe, expect, it } from 'vitest';
import type { ErrorBody, FidelityMeasurement, FidelityOverview, Inbox, StatusReportOutput } from '@hjemvej/contract';
import { addDays, addMonths, currentFidelityInstrument, fidelityDueOn } from '@hjemvej/domain';
import { todayInDenmark } from '../src/calendar/danish-time';
import { runFidelityDueTasks } from '../src/modules/fidelity/fidelity-due-job';
import { call, signInAs, useTestApp, type Session } from './support/test-app';
import { createCitizen, createMunicipalityWithStaff, createSupportCourse, createUnit, createUser } from './support/factories';
import { auditEvents } from './support/audit-events';

const t = useTestApp();
const today = todayInDenmark();

async function setting() {
  const m = await createMunicipalityWithStaff(t.db);
  const cti = await createUnit(t.db, m.organisation.id, { name: 'CTI-teamet', kind: 'cti' });
  const act = await createUnit(t.db, m.organisation.id, { name: 'ACT-teamet', kind: 'act' });
  const worker = await createUser(t.db, m.organisation.id, { role: 'support_worker', unitIds: [cti.id] });
  const leader = await createUser(t.db, m.organisation.id, { role: 'leader', unitIds: [m.unit.id] });
  return {
    ...m,
    workerUser: worker,
    cti,
    act,
    worker: await signInAs(t.app, worker),
    leader: await signInAs(t.app, leader),
    admin: await signInAs(t.app, m.admin),
    caseworker: await signInAs(t.app, m.caseworker),
  };
}

const common = currentFidelityInstrument('housing_first');
const ctiInstrument = currentFidelityInstrument('cti');
const allAnswered = (answer: 'yes' | 'partly' | 'no') =>
  [...common.items, ...ctiInstrument.items].map((i) => ({ itemId: i.id, answer }));

const record = (session: Session, payload: Record<string, unknown>) =>
  call(t.app, session, { method: 'POST', url: '/api/fidelity/measurements', payload });

const body = (unitId: string, overrides: Record<string, unknown> = {}) => ({
  unitId,
  measuredOn: addMonths(today, -1),
  raterType: 'self',
  collectionMethod: 'self_report',
  methodVersion: 1,
  commonVersion: 1,
  answers: allAnswered('yes'),
  ...overrides,
});

const overview = async (session: Session, query = '') => {
  const response = await call(t.app, session, { method: 'GET', url: `/api/fidelity${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<FidelityOverview>();
};

const fieldOf = (raw: string) => (JSON.parse(raw) as ErrorBody).error.fields?.[0];

describe('method fidelity (K14)', () => {
  it('records a team’s measurements and shows K14 per core element with the previous measurement as trend', async () => {
    const s = await setting();
    const first = await record(s.worker, body(s.cti.id, { measuredOn: addMonths(today, -7), answers: allAnswered('partly') }));
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json<FidelityMeasurement>()).toMatchObject({ unitName: 'CTI-teamet', method: 'cti', total: 50 });
    const second = await record(
      s.leader,
      body(s.cti.id, {
        raterType: 'sbst',
        collectionMethod: 'site_visit',
        answers: allAnswered('yes').map((a) => (a.itemId === 'cti.time_limited.1' ? { ...a, answer: 'no' } : a)),
      }),
    );
    expect(second.statusCode, second.body).toBe(201);

    const seen = await overview(s.worker);
    expect(seen.teams.map((team) => [team.name, team.method])).toEqual([['CTI-teamet', 'cti']]);
    expect(seen.measurements.map((m) => m.id)).toEqual([
      second.json<FidelityMeasurement>().id,
      first.json<FidelityMeasurement>().id,
    ]);
    const [team] = seen.k14;
    expect(team).toMatchObject({
      unitId: s.cti.id,
      method: 'cti',
      latest: { raterType: 'sbst', collectionMethod: 'site_visit' },
    });
    expect(team?.elements.find((e) => e.coreElementId === 'time_limited')).toMatchObject({
      name: 'Tidsafgrænset',
      latest: 0,
      previous: 50,
      change: -50,
    });
    expect(team?.elements.find((e) => e.instrumentId === 'housing_first' && e.coreElementId === 'recovery')).toMatchObject({
      latest: 100,
      previous: 50,
    });
    expect(team?.nextDueOn).toBe(addMonths(addMonths(today, -1), 6));
    expect(team?.dueState).toBe('upcoming');
    expect(seen.instruments.find((i) => i.id === 'cti')?.source).toContain('PLADSHOLDER');

    // A reference date before the second measurement shows the first alone.
    const earlier = await overview(s.leader, `?referenceDate=${addMonths(today, -3)}`);
    expect(earlier.k14[0]?.latest.id).toBe(first.json<FidelityMeasurement>().id);
    expect(earlier.k14[0]?.previous).toBeNull();

    // The leader and the administrator see every support team; the team's member only its own.
    expect((await overview(s.leader)).teams.map((team) => team.name)).toEqual(['ACT-teamet', 'CTI-teamet']);
    expect((await overview(s.admin)).k14).toHaveLength(1);

    const audit = await auditEvents(t.db, { subjectId: first.json<FidelityMeasurement>().id }, [
      'action',
      'subject_type',
      'data_organisation_id',
    ]);
    expect(audit).toEqual([
      { action: 'fidelity_measurement.record', subject_type: 'fidelity_measurement', data_organisation_id: s.organisation.id },
    ]);
    const reads = await auditEvents(t.db, { dataOrganisationId: s.organisation.id, action: 'fidelity_measurement.read' }, [
      'action',
    ]);
    expect(reads.length).toBeGreaterThanOrEqual(4);
  });

  it('shows the measurements in the status report’s section on the support’s implementation', async () => {
    const s = await setting();
    expect((await record(s.worker, body(s.cti.id, { answers: allAnswered('partly') }))).statusCode).toBe(201);
    // A course, so the CTI part of the report is not empty.
    const citizen = await createCitizen(t.db, { handlekommuneId: s.organisation.id });
    await createSupportCourse(t.db, {
      citizenId: citizen.id,
      method: 'cti',
      teamUnitId: s.cti.id,
      workerUserId: null,
      startedOn: addMonths(today, -2),
    });
    const from = addMonths(today, -6);
    const response = await call(t.app, s.leader, {
      method: 'GET',
      url: `/api/status-report?from=${from}&to=${today}&referenceDate=${today}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json<StatusReportOutput>();
    const implementation = report.parts.find((p) => p.key === 'cti')?.sections.find((x) => x.key === 'implementation');
    expect(implementation?.texts.join(' ')).toContain('Metodefidelitet (nøgletal K14)');
    const table = implementation?.tables.find((x) => x.key === 'cti-fidelity-1');
    expect(table?.title).toBe('Metodefidelitet (K14): CTI-teamet');
    expect(table?.rows.at(-1)?.cells.map((c) => c.text)).toEqual(['–', '50 %']);
  });

  it('refuses bad input naming the field, in Danish and English', async () => {
    const s = await setting();
    const unknownItem = await record(s.worker, body(s.cti.id, { answers: [{ itemId: 'cti.nonsense.1', answer: 'yes' }] }));
    expect(unknownItem.statusCode).toBe(422);
    expect(fieldOf(unknownItem.body)).toEqual({
      path: 'answers.0.itemId',
      message: 'Spørgsmålet cti.nonsense.1 findes ikke i teamets fidelitetsinstrument.',
    });
    const offScale = await record(s.worker, body(s.cti.id, { answers: [{ itemId: 'cti.phased.1', answer: 'maybe' }] }));
    expect(offScale.statusCode).toBe(400);
    expect(fieldOf(offScale.body)?.path).toBe('answers.0.answer');
    const future = await record(s.worker, body(s.cti.id, { measuredOn: addMonths(today, 1) }));
    expect(future.statusCode).toBe(422);
    expect(fieldOf(future.body)?.path).toBe('measuredOn');
    const version = await record(s.worker, body(s.cti.id, { methodVersion: 7 }));
    expect(fieldOf(version.body)?.path).toBe('methodVersion');
    const twice = await record(s.worker, body(s.cti.id, { answers: [allAnswered('yes')[0], allAnswered('no')[0]] }));
    expect(fieldOf(twice.body)?.path).toBe('answers.1.itemId');
    const futureRead = await call(t.app, s.leader, { method: 'GET', url: `/api/fidelity?referenceDate=${addMonths(today, 1)}` });
    expect(futureRead.statusCode).toBe(422);
    expect(fieldOf(futureRead.body)?.path).toBe('referenceDate');

    await t.db.updateTable('users').set({ locale: 'en' }).where('id', '=', s.workerUser.id).execute();
    const english = await signInAs(t.app, s.workerUser);
    const enItem = await record(english, body(s.cti.id, { answers: [{ itemId: 'act.unlimited.1', answer: 'yes' }] }));
    expect(fieldOf(enItem.body)).toEqual({
      path: 'answers.0.itemId',
      message: 'The item act.unlimited.1 is not in the team’s fidelity instrument.',
    });
    const enFuture = await record(english, body(s.cti.id, { measuredOn: addMonths(today, 2) }));
    expect(fieldOf(enFuture.body)).toEqual({ path: 'measuredOn', message: 'The date cannot be in the future.' });
  });

  it('keeps a team’s measurements to its members and the municipality’s leaders and administrators', async () => {
    const s = await setting();
    // A support worker records for her own team only; the ACT team is not hers.
    const notHers = await record(s.worker, body(s.act.id, { answers: [{ itemId: 'act.unlimited.1', answer: 'yes' }] }));
    expect(notHers.statusCode).toBe(422);
    expect(fieldOf(notHers.body)?.path).toBe('unitId');
    // A caseworker in no support team sees no team and records for none.
    expect((await record(s.caseworker, body(s.cti.id))).statusCode).toBe(422);
    expect((await record(s.leader, body(s.cti.id))).statusCode).toBe(201);
    const caseworkerView = await overview(s.caseworker);
    expect([caseworkerView.teams, caseworkerView.measurements, caseworkerView.k14]).toEqual([[], [], []]);
    // Another municipality's leader neither sees nor records this municipality's team.
    const other = await setting();
    expect((await overview(other.leader)).measurements).toEqual([]);
    const foreign = await record(other.leader, body(s.cti.id));
    expect(foreign.statusCode).toBe(422);
    expect(fieldOf(foreign.body)?.path).toBe('unitId');
  });

  it('puts a team’s next measurement in its inbox when it falls due, once however often the job runs, and the next measurement marks it done', async () => {
    const s = await setting();
    const icm = await createUnit(t.db, s.organisation.id, { name: 'ICM-teamet', kind: 'icm' });
    const answersOf = (method: 'act' | 'icm') =>
      [...common.items, ...currentFidelityInstrument(method).items].map((i) => ({ itemId: i.id, answer: 'yes' }));
    // CTI measured 7 months ago: overdue. ACT 10 days short of 6 months: due (the page's 14 days). ICM a month ago: not yet.
    expect((await record(s.worker, body(s.cti.id, { measuredOn: addMonths(today, -7) }))).statusCode).toBe(201);
    const actOn = addDays(addMonths(today, -6), 10);
    expect((await record(s.leader, body(s.act.id, { measuredOn: actOn, answers: answersOf('act') }))).statusCode).toBe(201);
    expect(
      (await record(s.leader, body(icm.id, { measuredOn: addMonths(today, -1), answers: answersOf('icm') }))).statusCode,
    ).toBe(201);

    const tasksOf = (unitId: string) =>
      t.db
        .selectFrom('tasks')
        .select(['id', 'title', 'status', 'due_on as dueOn', 'citizen_id as citizenId'])
        .where('unit_id', '=', unitId)
        .orderBy('created_at')
        .execute();
    expect(await runFidelityDueTasks(t.db, today)).toMatchObject({ ran: true });
    expect(await runFidelityDueTasks(t.db, today)).toEqual({ ran: true, created: 0 });
    const ctiTasks = await tasksOf(s.cti.id);
    expect(ctiTasks.map((task) => [task.title, task.status, task.dueOn, task.citizenId])).toEqual([
      ['Fidelitetsmåling (CTI)', 'open', today, null],
    ]);
    expect((await tasksOf(s.act.id)).map((task) => [task.title, task.dueOn])).toEqual([
      ['Fidelitetsmåling (ACT)', fidelityDueOn(actOn)],
    ]);
    expect(await tasksOf(icm.id)).toEqual([]);

    // In the team's inbox, for its member.
    const inbox = (await call(t.app, s.worker, { method: 'GET', url: `/api/inbox?unitId=${s.cti.id}` })).json<Inbox>();
    expect(inbox.items.filter((task) => task.title === 'Fidelitetsmåling (CTI)').map((task) => task.id)).toEqual([
      ctiTasks[0]?.id,
    ]);

    // A measurement dated before the latest is history: the task stays open.
    expect((await record(s.worker, body(s.cti.id, { measuredOn: addMonths(today, -9) }))).statusCode).toBe(201);
    expect((await tasksOf(s.cti.id)).map((task) => task.status)).toEqual(['open']);
    // The next measurement marks it done; the job makes no new one until that one falls due.
    expect((await record(s.worker, body(s.cti.id, { measuredOn: today }))).statusCode).toBe(201);
    await runFidelityDueTasks(t.db, today);
    expect((await tasksOf(s.cti.id)).map((task) => task.status)).toEqual(['done']);
    const events = await t.db
      .selectFrom('task_events')
      .select(['kind', 'text'])
      .where('task_id', '=', ctiTasks[0]?.id ?? '')
      .orderBy('at')
      .execute();
    expect(events).toEqual([
      { kind: 'created', text: 'fidelity:due' },
      { kind: 'done', text: 'fidelity:measurement' },
    ]);
    // Half a year on (less the 14 days), the new measurement's task.
    await runFidelityDueTasks(t.db, addDays(fidelityDueOn(today), -14));
    expect((await tasksOf(s.cti.id)).map((task) => [task.status, task.dueOn])).toEqual([
      ['done', today],
      ['open', fidelityDueOn(today)],
    ]);
  });
});
