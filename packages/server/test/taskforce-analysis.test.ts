/**
 * The taskforce course's analysis through the API (issue 13 point 3): the taskforce freezes a
 * data package of the course's municipality's figures for a period; only suppressed aggregates
 * are stored, the package never changes, freezing again adds a version and keeps the first as
 * the baseline; both sides read it, another municipality sees nothing; every read is audited.
 */
import { describe, expect, it } from 'vitest';
import type { Inbox, Task, TaskforceDataPackage, TaskforceDataPackageList, TaskforcePlan } from '@hjemvej/contract';
import { call, useTestApp, type Session, type RefusalBody } from './support/test-app';
import { createCitizen, createHousingPeriod } from './support/factories';
import {
  addDevelopmentPoint,
  fromToday,
  goalPayload,
  postGoal,
  signInFromOwnAddresses,
  taskforceSetting,
  taskforceSettingWithPackage,
} from './support/taskforce-setting';
import { auditEvents } from './support/audit-events';

const t = useTestApp();

const signInAs = signInFromOwnAddresses(t, 25);

const setting = () => taskforceSetting(t, signInAs);

const freeze = (session: Session, courseId: string, payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
  call(t.app, session, { method: 'POST', url: `/api/taskforce/courses/${courseId}/data-packages`, payload, headers });

describe('the frozen data package', () => {
  it('freezes the municipality’s suppressed figures for the period, with the definitions’ versions, who and when', async () => {
    const s = await setting();
    const response = await freeze(s.consultantSession, s.course.id, { from: '2025-01-01', to: '2025-06-30' });
    expect(response.statusCode, response.body).toBe(201);
    const frozen = response.json<TaskforceDataPackage>();
    expect(frozen).toMatchObject({ version: 1, isBaseline: true, from: '2025-01-01', to: '2025-06-30', threshold: 5 });
    expect(frozen.frozenBy).toBeTruthy();
    expect(frozen.definitions.map((d) => d.id)).toContain('K5');
    expect(frozen.definitions.every((d) => d.version >= 1)).toBe(true);

    // Flow: seven at the shelter in January; from February one sleeping rough, hidden as '<5', and
    // the shelter's count beside it hidden as '..' (the month's total would tell the one).
    expect(frozen.flow.map((m) => m.month)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']);
    expect(frozen.flow[0]?.categories.shelter_110).toEqual({ kind: 'value', value: 7 });
    expect(frozen.flow[0]?.total).toEqual({ kind: 'value', value: 7 });
    expect(frozen.flow[1]?.categories.rough_sleeping).toEqual({ kind: 'suppressed', label: '<5' });
    expect(frozen.flow[2]?.categories.shelter_110).toEqual({ kind: 'suppressed', label: '..' });
    expect(frozen.flow[2]?.total).toEqual({ kind: 'value', value: 6 });
    expect(frozen.flow[0]?.inflow).toEqual({ kind: 'value', value: 7 });
    expect(frozen.flow[2]?.outflow).toEqual({ kind: 'suppressed', label: '<5' });

    // § 110 stays: K8 notification on time for the seven admissions.
    const notified = frozen.figures.find((f) => f.measure === 'k8_notified_on_time');
    expect(notified).toMatchObject({ figure: 'K8', section: 'organisation' });
    expect(notified?.published.denominator).toEqual({ kind: 'value', value: 7 });
    expect(frozen.figures.find((f) => f.measure === 'k5_ended_over_120')?.section).toBe('stays');
    expect(frozen.support.municipalityName).toBe(s.organisation.name);
    expect(frozen.organisation.agreements.map((a) => a.title)).toContain(s.agreement.title);

    // No person leaves: no citizen's name or id in the package.
    const citizens = await t.db
      .selectFrom('citizens')
      .select(['id', 'first_name'])
      .where('handlekommune_id', '=', s.organisation.id)
      .execute();
    for (const c of citizens) {
      expect(response.body).not.toContain(c.id);
      expect(response.body).not.toContain(c.first_name ?? '§');
    }

    // The municipality's own people read it too; another municipality sees nothing (404).
    const read = await call(t.app, s.leaderSession, {
      method: 'GET',
      url: `/api/taskforce/courses/${s.course.id}/data-packages/${frozen.id}`,
    });
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json<TaskforceDataPackage>().flow).toEqual(frozen.flow);
    for (const url of [
      `/api/taskforce/courses/${s.course.id}/data-packages`,
      `/api/taskforce/courses/${s.course.id}/data-packages/${frozen.id}`,
    ])
      expect((await call(t.app, s.otherSession, { method: 'GET', url })).statusCode).toBe(404);
    // Only the taskforce freezes (a municipality lacks the permission altogether).
    expect((await freeze(s.otherSession, s.course.id, { from: '2025-01-01', to: '2025-06-30' })).statusCode).toBe(403);
    expect((await freeze(s.leaderSession, s.course.id, { from: '2025-01-01', to: '2025-06-30' })).statusCode).toBe(403);

    // The freeze and every read are audited for the municipality.
    const events = await auditEvents(t.db, { subjectId: frozen.id }, ['action', 'data_organisation_id']);
    expect(events).toEqual([
      { action: 'taskforce_data_package.freeze', data_organisation_id: s.organisation.id },
      { action: 'taskforce_data_package.read', data_organisation_id: s.organisation.id },
    ]);
  });

  it('never changes: a new citizen does not move a frozen package, and the row refuses an update', async () => {
    const s = await setting();
    const frozen = (
      await freeze(s.consultantSession, s.course.id, { from: '2025-01-01', to: '2025-03-31' })
    ).json<TaskforceDataPackage>();
    const late = await createCitizen(t.db, { handlekommuneId: s.organisation.id });
    await createHousingPeriod(t.db, { citizenId: late.id, category: 'shelter_110', fromDate: '2025-01-05' });
    const again = await call(t.app, s.consultantSession, {
      method: 'GET',
      url: `/api/taskforce/courses/${s.course.id}/data-packages/${frozen.id}`,
    });
    expect(again.json<TaskforceDataPackage>().flow).toEqual(frozen.flow);
    await expect(
      t.db.updateTable('taskforce_data_packages').set({ frozen_by_name: 'someone else' }).where('id', '=', frozen.id).execute(),
    ).rejects.toThrow(/frozen/);
  });

  it('freezing again adds the next version and keeps the first as the baseline', async () => {
    const s = await setting();
    const first = (
      await freeze(s.consultantSession, s.course.id, { from: '2025-01-01', to: '2025-03-31' })
    ).json<TaskforceDataPackage>();
    const second = await freeze(s.consultantSession, s.course.id, { from: '2025-01-01', to: '2025-06-30' });
    expect(second.statusCode).toBe(201);
    expect(second.json<TaskforceDataPackage>()).toMatchObject({ version: 2, isBaseline: false });
    const list = await call(t.app, s.leaderSession, {
      method: 'GET',
      url: `/api/taskforce/courses/${s.course.id}/data-packages`,
    });
    expect(list.json<TaskforceDataPackageList>().items.map((p) => [p.version, p.isBaseline, p.id === first.id])).toEqual([
      [2, false, false],
      [1, true, true],
    ]);
  });

  it('refuses a period that ends before it begins or after today, naming the field, and writes nothing', async () => {
    const s = await setting();
    const reversed = await freeze(s.consultantSession, s.course.id, { from: '2025-06-01', to: '2025-05-31' });
    expect(reversed.statusCode).toBe(422);
    expect(reversed.json<RefusalBody>().error.fields[0]?.path).toBe('to');
    expect(reversed.json<RefusalBody>().error.fields[0]?.message).toContain('01.06.2025');
    const english = await freeze(
      s.consultantSession,
      s.course.id,
      { from: '2025-06-01', to: '2025-05-31' },
      { 'accept-language': 'en' },
    );
    expect(english.json<RefusalBody>().error.fields[0]?.message).toContain('must end on or after');
    const future = await freeze(s.consultantSession, s.course.id, { from: '2025-06-01', to: '2099-05-31' });
    expect(future.json<RefusalBody>().error.fields[0]?.path).toBe('to');
    expect(await t.db.selectFrom('taskforce_data_packages').select('id').where('course_id', '=', s.course.id).execute()).toEqual(
      [],
    );
  });
});

describe('the collaboration agreement’s data clause', () => {
  it('bounds the period the taskforce may freeze, and its end date stops further freezes', async () => {
    const s = await setting();
    await t.db
      .updateTable('taskforce_courses')
      .set({ data_period_from: '2025-01-01', data_period_to: '2025-06-30', data_valid_until: '2099-12-31' })
      .where('id', '=', s.course.id)
      .execute();
    const early = await freeze(s.consultantSession, s.course.id, { from: '2024-12-01', to: '2025-03-31' });
    expect(early.statusCode).toBe(422);
    expect(early.json<RefusalBody>().error.fields[0]).toMatchObject({ path: 'from' });
    expect(early.json<RefusalBody>().error.fields[0]?.message).toContain('samarbejdsaftalens dataklausul');
    expect(early.json<RefusalBody>().error.fields[0]?.message).toContain('01.01.2025');
    const late = await freeze(s.consultantSession, s.course.id, { from: '2025-01-01', to: '2025-07-31' });
    expect(late.json<RefusalBody>().error.fields[0]).toMatchObject({ path: 'to' });
    expect(await t.db.selectFrom('taskforce_data_packages').select('id').where('course_id', '=', s.course.id).execute()).toEqual(
      [],
    );
    expect((await freeze(s.consultantSession, s.course.id, { from: '2025-01-01', to: '2025-06-30' })).statusCode).toBe(201);

    await t.db.updateTable('taskforce_courses').set({ data_valid_until: '2025-12-31' }).where('id', '=', s.course.id).execute();
    const expired = await freeze(s.consultantSession, s.course.id, { from: '2025-01-01', to: '2025-06-30' });
    expect(expired.statusCode).toBe(422);
    expect(expired.json<RefusalBody>().error.fields[0]?.message).toContain('31.12.2025');
  });
});

describe('the development plan', () => {
  async function planned() {
    // A measure the package shows (the nights per citizen behind seven stays) and one it hides (notified on time, 7 of 7).
    const s = await taskforceSettingWithPackage(t, signInAs);
    const pointId = await addDevelopmentPoint(t, s, {
      theme: 'housing_supply',
      title: 'Kortere ophold på forsorgshjem',
      description: 'Udskrivning med bolig klar.',
    });
    return { ...s, pointId };
  }

  const goalUrl = (courseId: string, pointId: string) => `/api/taskforce/courses/${courseId}/plan/points/${pointId}/goals`;

  it('sets a goal with its baseline from the frozen package; an action with owner and date lands in the owner’s inbox', async () => {
    const s = await planned();
    const goal = await postGoal(t, s, s.pointId, { description: '' });
    expect(goal.statusCode, goal.body).toBe(201);
    const set = goal.json<TaskforcePlan>().points[0]?.goals[0];
    expect(set).toMatchObject({
      measure: s.shown.measure,
      baseline: s.shown.published.median,
      baselinePackageVersion: 1,
      target: 30,
      targetOn: '2027-06-30',
      owner: { id: s.leader.id },
    });
    // Now: the same measure on live data, for a period as long as the baseline's, ending today.
    const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
    expect(days(set?.now.from ?? '', set?.now.to ?? '')).toBe(days('2025-01-01', '2025-06-30'));
    expect(Math.abs(days(fromToday(0), set?.now.to ?? ''))).toBeLessThanOrEqual(1);

    const dueOn = fromToday(14);
    const action = await call(t.app, s.consultantSession, {
      method: 'POST',
      url: `/api/taskforce/courses/${s.course.id}/plan/goals/${set?.id ?? ''}/actions`,
      payload: { title: 'Aftale med boligselskaberne om anvisning', ownerUserId: s.caseworker.id, dueOn },
    });
    expect(action.statusCode, action.body).toBe(201);
    const saved = action.json<TaskforcePlan>().points[0]?.goals[0]?.actions[0];
    expect(saved).toMatchObject({ owner: { id: s.caseworker.id }, dueOn, taskDone: false });
    expect(saved?.taskId).toBeTruthy();

    // The course's own action is not casework: a package frozen now counts the inbox as before.
    const refrozen = (
      await freeze(s.consultantSession, s.course.id, { from: '2025-01-01', to: '2025-06-30' })
    ).json<TaskforceDataPackage>();
    expect(refrozen.organisation.inbox).toEqual(s.frozen.organisation.inbox);

    // The task is the caseworker's, in their inbox, about no citizen.
    const inbox = await call(t.app, s.caseworkerSession, { method: 'GET', url: '/api/inbox?mine=true' });
    expect(inbox.statusCode, inbox.body).toBe(200);
    const item = inbox.json<Inbox>().items.find((i) => i.id === saved?.taskId);
    expect(item).toMatchObject({
      title: 'Aftale med boligselskaberne om anvisning',
      dueOn,
      citizen: null,
      assignee: { id: s.caseworker.id },
    });
    const task = await call(t.app, s.caseworkerSession, { method: 'GET', url: `/api/tasks/${saved?.taskId ?? ''}` });
    expect(task.statusCode, task.body).toBe(200);
    expect(task.json<Task>().description).toContain('Kortere ophold på forsorgshjem');
    // …and the caseworker can finish it; the plan shows it done.
    const done = await call(t.app, s.caseworkerSession, {
      method: 'POST',
      url: `/api/tasks/${saved?.taskId ?? ''}/done`,
      payload: {},
    });
    expect(done.statusCode, done.body).toBe(200);
    const plan = await call(t.app, s.leaderSession, { method: 'GET', url: `/api/taskforce/courses/${s.course.id}/plan` });
    expect(plan.json<TaskforcePlan>().points[0]?.goals[0]?.actions[0]?.taskDone).toBe(true);

    // A learning activity is logged.
    const learning = await call(t.app, s.leaderSession, {
      method: 'POST',
      url: `/api/taskforce/courses/${s.course.id}/plan/learning-activities`,
      payload: {
        heldOn: '2026-02-10',
        theme: 'support_methods',
        title: 'Læringsdag om CTI',
        participants: 'CTI-team, myndighed',
      },
    });
    expect(learning.statusCode, learning.body).toBe(201);
    expect(learning.json<TaskforcePlan>().learningActivities).toEqual([
      expect.objectContaining({ heldOn: '2026-02-10', theme: 'support_methods', participants: 'CTI-team, myndighed' }),
    ]);

    // Another municipality sees nothing of it.
    for (const request of [
      { method: 'GET' as const, url: `/api/taskforce/courses/${s.course.id}/plan` },
      {
        method: 'POST' as const,
        url: `/api/taskforce/courses/${s.course.id}/plan/points`,
        payload: { theme: 'organisation', title: 'Overtaget' },
      },
    ])
      expect((await call(t.app, s.otherSession, request)).statusCode).toBe(404);
  });

  it('refuses a goal without a key figure or a baseline, or dated before its baseline, naming the field; writes nothing', async () => {
    const s = await planned();
    const hidden = s.frozen.figures.find((f) => f.measure === 'k8_notified_on_time');
    expect(hidden?.published.share).toBeNull();
    const valid = goalPayload(s);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ measure: null }, 'measure', 'nøgletal'],
      [{ baselinePackageId: null }, 'baselinePackageId', 'datapakke'],
      [{ measure: 'k8_notified_on_time' }, 'measure', 'skjult'],
      [{ targetOn: '2025-06-30' }, 'targetOn', '30.06.2025'],
      [{ ownerUserId: s.other.admin.id }, 'ownerUserId', 'medarbejder'],
    ];
    for (const [change, field, text] of cases) {
      const refused = await postGoal(t, s, s.pointId, change, s.consultantSession);
      expect(refused.statusCode, JSON.stringify(change)).toBe(422);
      expect(refused.json<RefusalBody>().error.fields[0]?.path).toBe(field);
      expect(refused.json<RefusalBody>().error.fields[0]?.message).toContain(text);
    }
    const english = await call(t.app, s.consultantSession, {
      method: 'POST',
      url: goalUrl(s.course.id, s.pointId),
      payload: { ...valid, measure: null },
      headers: { 'accept-language': 'en' },
    });
    expect(english.json<RefusalBody>().error.fields[0]?.message).toContain('key figure');
    expect(await t.db.selectFrom('taskforce_goals').select('id').where('point_id', '=', s.pointId).execute()).toEqual([]);
  });

  it('refuses an action due in the past or after its goal, and makes no task', async () => {
    const s = await planned();
    const plan = (await postGoal(t, s, s.pointId, { targetOn: fromToday(60) })).json<TaskforcePlan>();
    const goalId = plan.points[0]?.goals[0]?.id ?? '';
    for (const [dueOn, text] of [
      [fromToday(-3), 'overskredet'],
      [fromToday(61), 'efter målets dato'],
    ] as const) {
      const refused = await call(t.app, s.leaderSession, {
        method: 'POST',
        url: `/api/taskforce/courses/${s.course.id}/plan/goals/${goalId}/actions`,
        payload: { title: 'For sent', ownerUserId: s.caseworker.id, dueOn },
      });
      expect(refused.statusCode).toBe(422);
      expect(refused.json<RefusalBody>().error.fields[0]).toMatchObject({ path: 'dueOn' });
      expect(refused.json<RefusalBody>().error.fields[0]?.message).toContain(text);
    }
    expect(await t.db.selectFrom('tasks').select('id').where('title', '=', 'For sent').execute()).toEqual([]);
    expect(await t.db.selectFrom('taskforce_actions').select('id').where('goal_id', '=', goalId).execute()).toEqual([]);
  });
});
