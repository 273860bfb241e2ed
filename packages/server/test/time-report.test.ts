/**
 * "Where time goes": lead time from first contact to move-in (median, 75th percentile, share
 * within the goal), waits per flowcard step and per unit, and the citizens behind each bar,
 * scoped to the leader's municipality.
 */
import { describe, expect, it } from 'vitest';
import type { KeyFigures, TimeReport, TimeReportCitizens } from '@hjemvej/contract';
import { call, signInAs, useTestApp } from './support/test-app';
import {
  createCitizen,
  createFlowcard,
  createFlowcardRun,
  createHousingAllocation,
  createMunicipalityWithStaff,
  createShelterWithStaff,
  createStay,
  createTask,
  createUnit,
  createUser,
  setFirstContact,
} from './support/factories';
import { createDwelling, createVacancy } from './support/housing-supply-factories';
import { auditEvent } from './support/audit-events';

const t = useTestApp();

const period = 'from=2025-01-01&to=2025-12-31';

async function setting() {
  const staff = await createMunicipalityWithStaff(t.db);
  const org = staff.organisation.id;
  const unitB = await createUnit(t.db, org, { name: 'Boliganvisning', kind: 'boliganvisning' });
  const leader = await createUser(t.db, org, { role: 'leader', unitIds: [staff.unit.id] });
  const session = await signInAs(t.app, leader);
  const shelter = await createShelterWithStaff(t.db);

  const fast = await createCitizen(t.db, { handlekommuneId: org, lastName: 'Hurtig' });
  await setFirstContact(t.db, fast.id, '2025-01-01');
  await createHousingAllocation(t.db, { citizenId: fast.id, allocatedOn: '2025-02-01', moveInOn: '2025-02-15' });

  // No first contact recorded: the first § 110 admission is earlier than the record's creation.
  const slow = await createCitizen(t.db, { handlekommuneId: org, lastName: 'Langsom' });
  await createStay(t.db, { citizenId: slow.id, shelterId: shelter.organisation.id, admittedOn: '2025-01-10' });
  await createHousingAllocation(t.db, { citizenId: slow.id, allocatedOn: '2025-04-01', moveInOn: '2025-04-11' });

  const middle = await createCitizen(t.db, { handlekommuneId: org, lastName: 'Midt' });
  await setFirstContact(t.db, middle.id, '2025-03-01');
  await createHousingAllocation(t.db, { citizenId: middle.id, allocatedOn: '2025-04-01', moveInOn: '2025-05-01' });

  const flowcard = await createFlowcard(t.db, {
    organisationId: org,
    name: 'Fra forsorgshjem til egen bolig',
    steps: ['notify', 'plan'].map((key) => ({
      key,
      title: `Trin ${key}`,
      responsibleUnitId: staff.unit.id,
      doneWhen: key === 'notify' ? ('notification_sent' as const) : null,
    })),
  });
  const run = await createFlowcardRun(t.db, { organisationId: org, flowcardId: flowcard.id, citizenId: fast.id });
  const run2 = await createFlowcardRun(t.db, {
    organisationId: org,
    flowcardId: flowcard.id,
    citizenId: slow.id,
    startedOn: '2025-01-10',
  });
  const task = (
    citizenId: string,
    unitId: string,
    runId: string | null,
    stepKey: string | null,
    openedAt: string,
    doneAt: string | null,
  ) =>
    createTask(t.db, {
      organisationId: org,
      citizenId,
      unitId,
      runId,
      stepKey,
      title: stepKey ? `Trin ${stepKey}` : 'Ring til søsteren',
      openedAt,
      doneAt,
    });
  await task(fast.id, staff.unit.id, run.id, 'notify', '2025-01-02T08:00:00Z', '2025-01-04T08:00:00Z');
  await task(fast.id, unitB.id, run.id, 'plan', '2025-01-04T08:00:00Z', '2025-01-14T08:00:00Z');
  await task(slow.id, staff.unit.id, run2.id, 'notify', '2025-01-10T08:00:00Z', '2025-01-14T08:00:00Z');
  await task(slow.id, unitB.id, run2.id, 'plan', '2025-01-14T08:00:00Z', '2025-02-13T08:00:00Z');
  await task(middle.id, staff.unit.id, null, null, '2025-06-01T08:00:00Z', null);
  // Outside the period: does not count.
  await task(middle.id, unitB.id, null, null, '2024-12-01T08:00:00Z', '2024-12-31T08:00:00Z');
  return { ...staff, unitB, leader, session, fast, slow, middle, flowcard };
}

describe('where time goes', () => {
  it('gives the lead time to move-in as median, 75th percentile and share within two months', async () => {
    const s = await setting();
    const response = await call(t.app, s.session, { method: 'GET', url: `/api/time-report?${period}` });
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json<TimeReport>();
    // 45, 61 and 91 days.
    expect(report.goalDays).toBe(61);
    expect(report.leadTime).toEqual({ count: 3, medianDays: 61, p75Days: 76, shareWithinGoal: 2 / 3 });
  });

  it('shows the waits per flowcard step and per unit, the longest first', async () => {
    const s = await setting();
    const report = (await call(t.app, s.session, { method: 'GET', url: `/api/time-report?${period}` })).json<TimeReport>();
    const steps = report.steps.filter((b) => b.key.startsWith('step:'));
    expect(steps.map((b) => [b.key, b.label, b.context, b.taskCount, b.meanDays, b.medianDays, b.totalDays])).toEqual([
      [`step:${s.flowcard.id}:plan`, 'Trin plan', 'Fra forsorgshjem til egen bolig', 2, 20, 20, 40],
      [`step:${s.flowcard.id}:notify`, 'Trin notify', 'Fra forsorgshjem til egen bolig', 2, 3, 3, 6],
    ]);
    // The notification step is under § 110, stk. 6 (3 working days); 3 days on average is within it.
    expect(steps[1]?.legalDeadline).toEqual({
      days: 3,
      kind: 'working',
      law: 'Serviceloven',
      paragraph: '§ 110, stk. 6',
      calendarDaysAtMost: 5,
      meanOver: false,
      medianOver: false,
    });
    expect(steps[0]?.legalDeadline).toBeNull();
    // A title typed once is the unit's: "other tasks created by hand" at the unit.
    const manual = report.steps.find((b) => b.key === `manual:unit:${s.unit.id}`);
    expect(manual).toMatchObject({ label: 'Øvrige opgaver oprettet i hånden', context: s.unit.name, taskCount: 1, openCount: 1 });
    expect(manual?.meanDays).toBeGreaterThan(100);
    expect(report.units.every((b) => b.legalDeadline === null)).toBe(true);
    expect(report.units.map((b) => [b.key, b.taskCount])).toEqual(
      expect.arrayContaining([
        [`unit:${s.unitB.id}`, 2],
        [`unit:${s.unit.id}`, 3],
      ]),
    );
  });

  it('opens the citizens behind a bar, longest wait first, and audits who was shown', async () => {
    const s = await setting();
    const behind = await call(t.app, s.session, {
      method: 'GET',
      url: `/api/time-report/citizens?${period}&bar=${encodeURIComponent(`step:${s.flowcard.id}:plan`)}`,
    });
    expect(behind.statusCode, behind.body).toBe(200);
    expect(behind.json<TimeReportCitizens>().items.map((i) => [i.id, i.days])).toEqual([
      [s.slow.id, 30],
      [s.fast.id, 10],
    ]);
    const lead = (
      await call(t.app, s.session, { method: 'GET', url: `/api/time-report/citizens?${period}&bar=lead_time` })
    ).json<TimeReportCitizens>();
    expect(lead.items.map((i) => [i.lastName, i.days])).toEqual([
      ['Langsom', 91],
      ['Midt', 61],
      ['Hurtig', 45],
    ]);
    const unit = (
      await call(t.app, s.session, { method: 'GET', url: `/api/time-report/citizens?${period}&bar=unit:${s.unitB.id}` })
    ).json<TimeReportCitizens>();
    expect(unit.items.map((i) => i.id).sort()).toEqual([s.fast.id, s.slow.id].sort());
    const event = await auditEvent(t.db, { action: 'time_report.citizens', actorUserId: s.session.userId }, ['changes']);
    expect(JSON.stringify(event.changes)).toContain(s.slow.id);
  });

  it('groups the tasks made by hand by their title (trimmed, case ignored), within the caller’s municipality', async () => {
    const s = await setting();
    const handMade = (organisationId: string, citizenId: string, unitId: string, title: string, days: number) =>
      createTask(t.db, {
        organisationId,
        citizenId,
        unitId,
        title,
        openedAt: '2025-03-03T08:00:00Z',
        doneAt: new Date(Date.parse('2025-03-03T08:00:00Z') + days * 86_400_000).toISOString(),
      });
    await handMade(s.organisation.id, s.fast.id, s.unit.id, 'Underret handlekommunen', 10);
    await handMade(s.organisation.id, s.slow.id, s.unitB.id, '  underret HANDLEKOMMUNEN ', 12);
    await handMade(s.organisation.id, s.middle.id, s.unit.id, 'Underret handlekommunen', 11);
    // The same title in another municipality is not ours: not counted, not shown.
    const other = await createMunicipalityWithStaff(t.db);
    const stranger = await createCitizen(t.db, { handlekommuneId: other.organisation.id });
    await handMade(other.organisation.id, stranger.id, other.unit.id, 'Underret handlekommunen', 90);

    const report = (await call(t.app, s.session, { method: 'GET', url: `/api/time-report?${period}` })).json<TimeReport>();
    const titled = report.steps.find((b) => b.key === 'manual:title:underret handlekommunen');
    expect(titled).toMatchObject({ context: null, taskCount: 3, openCount: 0, meanDays: 11, medianDays: 11 });
    expect(titled?.label.toLowerCase()).toBe('underret handlekommunen');
    // Still one bar for the unit's one-off task, and no single bar of every task made by hand.
    expect(
      report.steps
        .filter((b) => b.key.startsWith('manual:'))
        .map((b) => b.key)
        .sort(),
    ).toEqual(['manual:title:underret handlekommunen', `manual:unit:${s.unit.id}`].sort());

    const behind = (
      await call(t.app, s.session, {
        method: 'GET',
        url: `/api/time-report/citizens?${period}&bar=${encodeURIComponent('manual:title:underret handlekommunen')}`,
      })
    ).json<TimeReportCitizens>();
    expect(behind.items.map((i) => [i.id, i.days])).toEqual([
      [s.slow.id, 12],
      [s.middle.id, 11],
      [s.fast.id, 10],
    ]);
    const unitBehind = (
      await call(t.app, s.session, {
        method: 'GET',
        url: `/api/time-report/citizens?${period}&bar=${encodeURIComponent(`manual:unit:${s.unit.id}`)}`,
      })
    ).json<TimeReportCitizens>();
    expect(unitBehind.items.map((i) => i.id)).toEqual([s.middle.id]);
  });

  it('marks a step whose average is past its legal deadline', async () => {
    const s = await setting();
    const flowcard = await createFlowcard(t.db, {
      organisationId: s.organisation.id,
      name: 'Underretning',
      steps: [{ key: 'notify', title: 'Underret handlekommunen', responsibleUnitId: s.unit.id, doneWhen: 'notification_sent' }],
    });
    for (const [citizenId, doneAt] of [
      [s.fast.id, '2025-03-14T08:00:00Z'],
      [s.slow.id, '2025-03-05T08:00:00Z'],
    ] as const) {
      const run = await createFlowcardRun(t.db, { organisationId: s.organisation.id, flowcardId: flowcard.id, citizenId });
      await createTask(t.db, {
        organisationId: s.organisation.id,
        citizenId,
        unitId: s.unit.id,
        runId: run.id,
        stepKey: 'notify',
        title: 'Underret handlekommunen',
        openedAt: '2025-03-03T08:00:00Z',
        doneAt,
      });
    }
    const report = (await call(t.app, s.session, { method: 'GET', url: `/api/time-report?${period}` })).json<TimeReport>();
    const bar = report.steps.find((b) => b.key === `step:${flowcard.id}:notify`);
    // 11 and 2 days: mean and median 6.5, past the 5 calendar days 3 working days can span.
    expect(bar).toMatchObject({ meanDays: 6.5, medianDays: 6.5 });
    expect(bar?.legalDeadline).toMatchObject({
      days: 3,
      kind: 'working',
      paragraph: '§ 110, stk. 6',
      meanOver: true,
      medianOver: true,
    });
  });

  it('times the housing offers step by step: offer → answer → lease → move-in, each opening its citizens', async () => {
    const s = await setting();
    const org = s.organisation.id;
    const dwelling = await createDwelling(t.db, {
      organisationId: org,
      landlordName: 'Privat udlejer',
      address: 'Tilbudsvej 1',
      area: 'Midtby',
    });
    const vacancy = await createVacancy(t.db, {
      organisationId: org,
      dwellingId: dwelling.id,
      availableFrom: '2025-03-01',
      endedOn: '2025-03-20',
      endReason: 'let_by_allocation',
    });
    const allocation = await createHousingAllocation(t.db, {
      citizenId: s.middle.id,
      allocatedOn: '2025-03-12',
      leaseSignedOn: '2025-03-20',
      moveInOn: '2025-04-01',
    });
    const offer = (
      citizenId: string,
      offeredOn: string,
      answer: 'declined' | 'accepted',
      answeredOn: string,
      allocationId?: string,
    ) =>
      t.db
        .insertInto('housing_offers')
        .values({
          organisation_id: org,
          vacancy_id: vacancy.id,
          citizen_id: citizenId,
          offered_on: offeredOn,
          answer_deadline: '2025-03-31',
          viewing_on: null,
          answer,
          answered_on: answeredOn,
          decline_reason: answer === 'declined' ? 'Nej tak' : null,
          refusal_consequence: answer === 'declined' ? 'kept_on_list' : null,
          housing_allocation_id: allocationId ?? null,
          created_by_user_id: null,
        })
        .execute();
    // Declined after 4 days; then accepted after 2, the lease 8 days later, the move-in 12 after that.
    await offer(s.slow.id, '2025-03-02', 'declined', '2025-03-06');
    await offer(s.middle.id, '2025-03-10', 'accepted', '2025-03-12', allocation.id);

    const report = (await call(t.app, s.session, { method: 'GET', url: `/api/time-report?${period}` })).json<TimeReport>();
    expect(report.offerSteps.map((b) => [b.key, b.label, b.context, b.taskCount, b.openCount, b.meanDays, b.medianDays])).toEqual(
      [
        ['offer:answer', 'Fra tilbud til svar', 'Boligtilbud', 2, 0, 3, 3],
        ['offer:lease', 'Fra accept til lejekontrakt', 'Boligtilbud', 1, 0, 8, 8],
        ['offer:move_in', 'Fra lejekontrakt til indflytning', 'Boligtilbud', 1, 0, 12, 12],
      ],
    );
    // The same steps, from the same statement, beside the lead time in the key figures (K1).
    const figures = await call(t.app, s.session, {
      method: 'GET',
      url: `/api/key-figures?${period}&referenceDate=2026-01-31&breakdown=method`,
    });
    expect(figures.statusCode, figures.body).toBe(200);
    expect(figures.json<KeyFigures>().offerSteps).toEqual([
      { step: 'answer', count: 2, openCount: 0, medianDays: 3, meanDays: 3 },
      { step: 'lease', count: 1, openCount: 0, medianDays: 8, meanDays: 8 },
      { step: 'move_in', count: 1, openCount: 0, medianDays: 12, meanDays: 12 },
    ]);
    const behind = (
      await call(t.app, s.session, { method: 'GET', url: `/api/time-report/citizens?${period}&bar=offer:answer` })
    ).json<TimeReportCitizens>();
    expect(behind.label).toBe('Boligtilbud: Fra tilbud til svar');
    expect(behind.items.map((i) => [i.lastName, i.days])).toEqual([
      ['Langsom', 4],
      ['Midt', 2],
    ]);

    // Another municipality's leader sees no offer steps and no one behind them.
    const other = await createMunicipalityWithStaff(t.db);
    const otherSession = await signInAs(t.app, await createUser(t.db, other.organisation.id, { role: 'leader' }));
    const otherReport = (
      await call(t.app, otherSession, { method: 'GET', url: `/api/time-report?${period}` })
    ).json<TimeReport>();
    expect(otherReport.offerSteps).toEqual([]);
    const otherBehind = (
      await call(t.app, otherSession, { method: 'GET', url: `/api/time-report/citizens?${period}&bar=offer:answer` })
    ).json<TimeReportCitizens>();
    expect(otherBehind.items).toEqual([]);
  });

  it('is scoped: another municipality’s leader sees none of it, not even through a bar key', async () => {
    const s = await setting();
    const other = await createMunicipalityWithStaff(t.db);
    const otherLeader = await createUser(t.db, other.organisation.id, { role: 'leader' });
    const session = await signInAs(t.app, otherLeader);
    const report = await call(t.app, session, { method: 'GET', url: `/api/time-report?${period}` });
    expect(report.json<TimeReport>()).toMatchObject({ leadTime: { count: 0 }, steps: [], units: [] });
    for (const bar of [`step:${s.flowcard.id}:plan`, `unit:${s.unitB.id}`]) {
      const response = await call(t.app, session, {
        method: 'GET',
        url: `/api/time-report/citizens?${period}&bar=${encodeURIComponent(bar)}`,
      });
      expect(response.statusCode).toBe(422);
      expect(response.body).not.toContain('Boliganvisning');
    }
    const lead = await call(t.app, session, { method: 'GET', url: `/api/time-report/citizens?${period}&bar=lead_time` });
    expect(lead.json<TimeReportCitizens>().items).toEqual([]);
  });

  it('refuses a reversed or too long period and an unknown bar; a caseworker has no access (403)', async () => {
    const s = await setting();
    const cases: [string, number, string][] = [
      ['/api/time-report?from=2025-12-31&to=2025-01-01', 422, 'to'],
      ['/api/time-report?from=2020-01-01&to=2025-01-01', 422, 'to'],
      ['/api/time-report?from=2025-01-01', 400, 'to'],
      [`/api/time-report/citizens?${period}&bar=step:nope`, 422, 'bar'],
      [`/api/time-report/citizens?${period}&bar=unit:00000000-0000-4000-8000-000000000000`, 422, 'bar'],
      [`/api/time-report/citizens?${period}&bar=manual:unit:nope`, 422, 'bar'],
      [`/api/time-report/citizens?${period}&bar=manual`, 422, 'bar'],
    ];
    for (const [url, status, field] of cases) {
      const response = await call(t.app, s.session, { method: 'GET', url });
      expect(response.statusCode, url).toBe(status);
      expect(response.json<{ error: { fields?: { path: string }[] } }>().error.fields?.map((f) => f.path)).toContain(field);
    }
    const caseworker = await signInAs(t.app, s.caseworker);
    expect((await call(t.app, caseworker, { method: 'GET', url: `/api/time-report?${period}` })).statusCode).toBe(403);
  });
});
