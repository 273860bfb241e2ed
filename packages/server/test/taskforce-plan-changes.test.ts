/**
 * Correcting and removing the development plan's points, goals and actions and the report's
 * recommendations through the API: each is corrected and removed; a point with goals, a goal with
 * actions or followed at a status meeting, and a recommendation of a published report or one
 * that became a point are refused (422 naming why) with nothing written; an action's task in the
 * owner's inbox follows the correction and is cancelled (kept) when the action is removed;
 * another municipality gets 404.
 */
import { describe, expect, it } from 'vitest';
import type { Inbox, TaskforcePlan, TaskforceReportAnswer } from '@hjemvej/contract';
import { call, useTestApp, type RefusalBody } from './support/test-app';
import { fromToday, signInFromOwnAddresses, taskforceSettingWithGoal } from './support/taskforce-setting';

const t = useTestApp();

const signInAs = signInFromOwnAddresses(t, 33);

/** The setting with a frozen package, a point, a goal on a measure the package shows and an action with a task. */
async function withPlan() {
  const s = await taskforceSettingWithGoal(t, signInAs);
  const { planUrl, goalId } = s;
  const withAction = await call(t.app, s.consultantSession, {
    method: 'POST',
    url: `${planUrl}/goals/${goalId}/actions`,
    payload: { title: 'Boligplan fra første uge', ownerUserId: s.caseworker.id, dueOn: fromToday(10) },
  });
  expect(withAction.statusCode, withAction.body).toBe(201);
  const action = withAction.json<TaskforcePlan>().points[0]?.goals[0]?.actions[0];
  if (!action?.taskId) throw new Error('the action made no task');
  return { ...s, actionId: action.id, taskId: action.taskId };
}

async function taskOf(id: string) {
  return t.db
    .selectFrom('tasks')
    .select(['title', 'due_on as dueOn', 'assignee_user_id as assigneeId', 'unit_id as unitId', 'status'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

const refusalOf = (body: string) => JSON.parse(body) as RefusalBody;

/** The refusal names the field and says why. */
function expectRefusal(body: string, path: string, says: string): void {
  const field = refusalOf(body).error.fields[0];
  expect(field?.path).toBe(path);
  expect(field?.message).toContain(says);
}

describe('correcting the development plan', () => {
  it('corrects a point, a goal and an action, the action’s task following in the inbox', async () => {
    const s = await withPlan();
    const point = await call(t.app, s.leaderSession, {
      method: 'PUT',
      url: `${s.planUrl}/points/${s.pointId}`,
      payload: { theme: 'organisation', title: 'Fælles indgang til bolig', description: 'Rettet' },
    });
    expect(point.statusCode, point.body).toBe(200);
    expect(point.json<TaskforcePlan>().points[0]).toMatchObject({
      theme: 'organisation',
      title: 'Fælles indgang til bolig',
      description: 'Rettet',
      canDelete: false,
    });

    const goal = await call(t.app, s.consultantSession, {
      method: 'PUT',
      url: `${s.planUrl}/goals/${s.goalId}`,
      payload: { target: 25, targetOn: '2027-12-31', ownerUserId: s.caseworker.id, description: 'Skærpet' },
    });
    expect(goal.statusCode, goal.body).toBe(200);
    expect(goal.json<TaskforcePlan>().points[0]?.goals[0]).toMatchObject({
      measure: s.shown.measure,
      baselinePackageId: s.frozen.id,
      target: 25,
      targetOn: '2027-12-31',
      owner: { id: s.caseworker.id },
      description: 'Skærpet',
      canDelete: false,
    });

    // The action moves to the leader with a new text and date: the same task follows.
    const action = await call(t.app, s.leaderSession, {
      method: 'PUT',
      url: `${s.planUrl}/actions/${s.actionId}`,
      payload: { title: 'Boligplan inden for tre dage', ownerUserId: s.leader.id, dueOn: fromToday(5) },
    });
    expect(action.statusCode, action.body).toBe(200);
    expect(action.json<TaskforcePlan>().points[0]?.goals[0]?.actions[0]).toMatchObject({
      title: 'Boligplan inden for tre dage',
      owner: { id: s.leader.id },
      dueOn: fromToday(5),
      taskId: s.taskId,
    });
    expect(await taskOf(s.taskId)).toMatchObject({
      title: 'Boligplan inden for tre dage',
      dueOn: fromToday(5),
      assigneeId: s.leader.id,
      unitId: s.unit.id,
      status: 'in_progress',
    });
    const inbox = (await call(t.app, s.leaderSession, { method: 'GET', url: '/api/inbox?mine=true' })).json<Inbox>();
    expect(inbox.items.find((i) => i.id === s.taskId)).toMatchObject({ title: 'Boligplan inden for tre dage' });
    const events = await t.db.selectFrom('task_events').select('kind').where('task_id', '=', s.taskId).execute();
    expect(events.map((e) => e.kind)).toEqual(expect.arrayContaining(['due_changed', 'taken']));

    // Without a due date it is no longer a task: the task is cancelled, kept; with one again, a new task.
    const undated = await call(t.app, s.leaderSession, {
      method: 'PUT',
      url: `${s.planUrl}/actions/${s.actionId}`,
      payload: { title: 'Boligplan inden for tre dage', ownerUserId: s.leader.id, dueOn: null },
    });
    expect(undated.statusCode, undated.body).toBe(200);
    expect((await taskOf(s.taskId)).status).toBe('cancelled');
    const dated = await call(t.app, s.leaderSession, {
      method: 'PUT',
      url: `${s.planUrl}/actions/${s.actionId}`,
      payload: { title: 'Boligplan inden for tre dage', ownerUserId: s.caseworker.id, dueOn: fromToday(3) },
    });
    const newTaskId = dated.json<TaskforcePlan>().points[0]?.goals[0]?.actions[0]?.taskId ?? '';
    expect(newTaskId).not.toBe(s.taskId);
    expect(await taskOf(newTaskId)).toMatchObject({ assigneeId: s.caseworker.id, dueOn: fromToday(3), status: 'in_progress' });
  });

  it('refuses bad corrections naming the field, writing nothing', async () => {
    const s = await withPlan();
    const before = await call(t.app, s.leaderSession, { method: 'GET', url: s.planUrl });
    const cases: { url: string; payload: object; field: string; status?: number }[] = [
      { url: `${s.planUrl}/points/${s.pointId}`, payload: { theme: 'organisation', title: '' }, field: 'title', status: 400 },
      {
        url: `${s.planUrl}/goals/${s.goalId}`,
        payload: { target: 25, targetOn: '2025-05-01', ownerUserId: s.leader.id },
        field: 'targetOn',
      },
      // Before the action's due date.
      {
        url: `${s.planUrl}/goals/${s.goalId}`,
        payload: { target: 25, targetOn: fromToday(5), ownerUserId: s.leader.id },
        field: 'targetOn',
      },
      {
        url: `${s.planUrl}/goals/${s.goalId}`,
        payload: { target: 25, targetOn: '2027-12-31', ownerUserId: s.other.admin.id },
        field: 'ownerUserId',
      },
      {
        url: `${s.planUrl}/actions/${s.actionId}`,
        payload: { title: 'Rettet', ownerUserId: s.leader.id, dueOn: fromToday(-1) },
        field: 'dueOn',
      },
      {
        url: `${s.planUrl}/actions/${s.actionId}`,
        payload: { title: 'Rettet', ownerUserId: s.leader.id, dueOn: '2028-01-01' },
        field: 'dueOn',
      },
      {
        url: `${s.planUrl}/actions/${s.actionId}`,
        payload: { title: 'Rettet', ownerUserId: s.other.admin.id, dueOn: fromToday(2) },
        field: 'ownerUserId',
      },
    ];
    for (const c of cases) {
      const refused = await call(t.app, s.consultantSession, { method: 'PUT', url: c.url, payload: c.payload });
      // The schema's refusal is a 400, a domain rule's a 422; both name the field.
      expect(refused.statusCode, `${c.url} ${refused.body}`).toBe(c.status ?? 422);
      expect(refusalOf(refused.body).error.fields[0]?.path).toBe(c.field);
    }
    // The key figure cannot be changed: a key figure in the body is left out, the goal keeps its own.
    const measure = await call(t.app, s.consultantSession, {
      method: 'PUT',
      url: `${s.planUrl}/goals/${s.goalId}`,
      payload: { measure: 'k1_lead_time', target: 25, targetOn: '2027-12-31', ownerUserId: s.leader.id },
    });
    expect(measure.statusCode, measure.body).toBe(200);
    expect(measure.json<TaskforcePlan>().points[0]?.goals[0]?.measure).toBe(s.shown.measure);
    // Put back to what it was: nothing else was written.
    await call(t.app, s.consultantSession, {
      method: 'PUT',
      url: `${s.planUrl}/goals/${s.goalId}`,
      payload: { target: 30, targetOn: '2027-06-30', ownerUserId: s.leader.id },
    });
    const after = await call(t.app, s.leaderSession, { method: 'GET', url: s.planUrl });
    expect(after.json<TaskforcePlan>().points).toEqual(before.json<TaskforcePlan>().points);
    expect(await taskOf(s.taskId)).toMatchObject({ title: 'Boligplan fra første uge', assigneeId: s.caseworker.id });
  });

  it('removes from the bottom up: refusing a point with goals and a goal with actions, cancelling the action’s task', async () => {
    const s = await withPlan();
    const pointRefused = await call(t.app, s.leaderSession, { method: 'DELETE', url: `${s.planUrl}/points/${s.pointId}` });
    expect(pointRefused.statusCode).toBe(422);
    expectRefusal(pointRefused.body, 'goals', '1 mål');
    const goalRefused = await call(t.app, s.leaderSession, { method: 'DELETE', url: `${s.planUrl}/goals/${s.goalId}` });
    expect(goalRefused.statusCode).toBe(422);
    expectRefusal(goalRefused.body, 'actions', '1 handling');

    // Another municipality finds none of them.
    for (const url of [
      `${s.planUrl}/actions/${s.actionId}`,
      `${s.planUrl}/goals/${s.goalId}`,
      `${s.planUrl}/points/${s.pointId}`,
    ])
      expect((await call(t.app, s.otherSession, { method: 'DELETE', url })).statusCode).toBe(404);

    const action = await call(t.app, s.consultantSession, { method: 'DELETE', url: `${s.planUrl}/actions/${s.actionId}` });
    expect(action.statusCode, action.body).toBe(200);
    expect(action.json<TaskforcePlan>().points[0]?.goals[0]).toMatchObject({ actions: [], canDelete: true });
    // The task is cancelled, not deleted: gone from the inbox, its history kept.
    expect((await taskOf(s.taskId)).status).toBe('cancelled');
    const inbox = (await call(t.app, s.caseworkerSession, { method: 'GET', url: '/api/inbox?mine=true' })).json<Inbox>();
    expect(inbox.items.some((i) => i.id === s.taskId)).toBe(false);
    const events = await t.db.selectFrom('task_events').select(['kind', 'text']).where('task_id', '=', s.taskId).execute();
    expect(events.map((e) => e.kind)).toEqual(['created', 'taken', 'cancelled']);

    const goal = await call(t.app, s.leaderSession, { method: 'DELETE', url: `${s.planUrl}/goals/${s.goalId}` });
    expect(goal.statusCode, goal.body).toBe(200);
    expect(goal.json<TaskforcePlan>().points[0]).toMatchObject({ goals: [], canDelete: true });
    const point = await call(t.app, s.leaderSession, { method: 'DELETE', url: `${s.planUrl}/points/${s.pointId}` });
    expect(point.statusCode, point.body).toBe(200);
    expect(point.json<TaskforcePlan>().points).toEqual([]);

    const audited = await t.db
      .selectFrom('audit_events')
      .select('action')
      .where('data_organisation_id', '=', s.organisation.id)
      .where('action', 'in', [
        'taskforce_plan.action_delete',
        'taskforce_plan.goal_delete',
        'taskforce_plan.point_delete',
        'task.cancel',
      ])
      .execute();
    expect(new Set(audited.map((e) => e.action))).toEqual(
      new Set(['taskforce_plan.action_delete', 'taskforce_plan.goal_delete', 'taskforce_plan.point_delete', 'task.cancel']),
    );
  });

  it('keeps a goal a status meeting has followed', async () => {
    const s = await withPlan();
    await call(t.app, s.consultantSession, { method: 'DELETE', url: `${s.planUrl}/actions/${s.actionId}` });
    const held = await call(t.app, s.consultantSession, {
      method: 'POST',
      url: `/api/taskforce/courses/${s.course.id}/status-meetings`,
      payload: { heldOn: fromToday(0), minutes: 'Målet følges.', decisions: [] },
    });
    expect(held.statusCode, held.body).toBe(201);
    const plan = (await call(t.app, s.leaderSession, { method: 'GET', url: s.planUrl })).json<TaskforcePlan>();
    expect(plan.points[0]?.goals[0]?.canDelete).toBe(false);
    const refused = await call(t.app, s.leaderSession, { method: 'DELETE', url: `${s.planUrl}/goals/${s.goalId}` });
    expect(refused.statusCode).toBe(422);
    expectRefusal(refused.body, 'goalId', 'statusmødet');
  });
});

describe('correcting the report’s recommendations', () => {
  it('corrects and removes while the report is a draft; refuses once published and for a recommendation that became a point', async () => {
    const s = await withPlan();
    const reportUrl = `/api/taskforce/courses/${s.course.id}/report`;
    const analyses = { housing_supply: 'a', support_methods: 'b', organisation: 'c', legal_quality: 'd' };
    await call(t.app, s.consultantSession, {
      method: 'PUT',
      url: reportUrl,
      payload: { version: null, status: 'draft', dataPackageId: s.frozen.id, analyses },
    });
    const add = async (title: string) =>
      (
        await call(t.app, s.consultantSession, {
          method: 'POST',
          url: `${reportUrl}/recommendations`,
          payload: { theme: 'organisation', title, evidenceMeasure: null, evidenceNote: 'Interview' },
        })
      ).json<TaskforceReportAnswer>();
    await add('Fælles indbakke');
    const added = await add('Boligplan');
    const [kept, removable] = added.report?.recommendations ?? [];
    if (!kept || !removable) throw new Error('no recommendations');
    expect(removable).toMatchObject({ canEdit: true, canDelete: true });

    // Corrected, then removed (the version seen); a stale version is refused.
    const edited = await call(t.app, s.consultantSession, {
      method: 'PUT',
      url: `${reportUrl}/recommendations/${removable.id}`,
      payload: {
        version: 1,
        theme: 'legal_quality',
        title: 'Boligplan i første uge',
        evidenceMeasure: null,
        evidenceNote: 'Interview',
      },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<TaskforceReportAnswer>().report?.recommendations[1]).toMatchObject({ version: 2, theme: 'legal_quality' });
    const stale = await call(t.app, s.consultantSession, {
      method: 'DELETE',
      url: `${reportUrl}/recommendations/${removable.id}?version=1`,
    });
    expect(stale.statusCode).toBe(409);
    // The municipality may not remove it, nor another municipality find it.
    expect(
      (await call(t.app, s.leaderSession, { method: 'DELETE', url: `${reportUrl}/recommendations/${removable.id}?version=2` }))
        .statusCode,
    ).toBe(404);
    expect(
      (await call(t.app, s.otherSession, { method: 'DELETE', url: `${reportUrl}/recommendations/${removable.id}?version=2` }))
        .statusCode,
    ).toBe(404);
    const removed = await call(t.app, s.consultantSession, {
      method: 'DELETE',
      url: `${reportUrl}/recommendations/${removable.id}?version=2`,
    });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json<TaskforceReportAnswer>().report?.recommendations.map((r) => r.id)).toEqual([kept.id]);

    // Published: shown to the municipality, so neither corrected nor removed.
    const published = await call(t.app, s.consultantSession, {
      method: 'PUT',
      url: reportUrl,
      payload: { version: 1, status: 'published', dataPackageId: s.frozen.id, analyses },
    });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json<TaskforceReportAnswer>().report?.recommendations[0]).toMatchObject({
      canEdit: false,
      canDelete: false,
    });
    for (const request of [
      { method: 'DELETE' as const, url: `${reportUrl}/recommendations/${kept.id}?version=1` },
      {
        method: 'PUT' as const,
        url: `${reportUrl}/recommendations/${kept.id}`,
        payload: { version: 1, theme: 'organisation', title: 'Rettet', evidenceMeasure: null, evidenceNote: 'Interview' },
      },
    ]) {
      const refused = await call(t.app, s.consultantSession, request);
      expect(refused.statusCode).toBe(422);
      expectRefusal(refused.body, 'status', 'kladde');
    }

    // Chosen as a point, then the report back to draft: the recommendation keeps its point and is not removed.
    const chosen = await call(t.app, s.leaderSession, {
      method: 'POST',
      url: `${reportUrl}/recommendations/${kept.id}/development-point`,
    });
    expect(chosen.statusCode, chosen.body).toBe(201);
    const pointId = chosen.json<TaskforceReportAnswer>().report?.recommendations[0]?.developmentPointId ?? '';
    await call(t.app, s.consultantSession, {
      method: 'PUT',
      url: reportUrl,
      payload: { version: 2, status: 'draft', dataPackageId: s.frozen.id, analyses },
    });
    const linked = await call(t.app, s.consultantSession, {
      method: 'DELETE',
      url: `${reportUrl}/recommendations/${kept.id}?version=1`,
    });
    expect(linked.statusCode).toBe(422);
    expectRefusal(linked.body, 'developmentPointId', 'Fælles indbakke');
    expect(refusalOf(linked.body).error.fields[0]?.message).toContain('Fælles indbakke');
    // Removing the point in the plan frees the recommendation, which may then go.
    const point = await call(t.app, s.leaderSession, { method: 'DELETE', url: `${s.planUrl}/points/${pointId}` });
    expect(point.statusCode, point.body).toBe(200);
    const freed = (await call(t.app, s.consultantSession, { method: 'GET', url: reportUrl })).json<TaskforceReportAnswer>();
    expect(freed.report?.recommendations[0]).toMatchObject({ developmentPointId: null, canDelete: true });
    const gone = await call(t.app, s.consultantSession, {
      method: 'DELETE',
      url: `${reportUrl}/recommendations/${kept.id}?version=1`,
    });
    expect(gone.statusCode, gone.body).toBe(200);
    expect(gone.json<TaskforceReportAnswer>().report?.recommendations).toEqual([]);
  });
});
