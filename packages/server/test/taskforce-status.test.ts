/**
 * The taskforce course's status meetings through the API (issue 13 point 7): the agenda the
 * system builds (the plan's actions due since the previous meeting with their task status, each
 * goal's movement baseline → previous meeting → now on live data), a held meeting keeping the
 * goals' values so the next shows the movement since it, its planned activity marked done, the
 * minutes, and each decision becoming a task in its owner's inbox. Both sides write; another
 * municipality gets 404; bad input is refused naming the field with nothing written; audited.
 */
import { describe, expect, it } from 'vitest';
import type { Inbox, TaskforceStatusMeetings } from '@hjemvej/contract';
import { call, useTestApp, type RefusalBody } from './support/test-app';
import { fromToday, signInFromOwnAddresses, taskforceSettingWithGoal } from './support/taskforce-setting';

const t = useTestApp();

const signInAs = signInFromOwnAddresses(t, 29);

/** The setting with a plan: one goal on a measure the frozen package shows, an action due today, one due later. */
async function withPlan() {
  const s = await taskforceSettingWithGoal(t, signInAs);
  const goalId = s.goalId;
  for (const [title, dueOn] of [
    ['Boligplan fra første uge', fromToday(0)],
    ['Aftale med boligselskaberne', fromToday(20)],
  ] as const) {
    const action = await call(t.app, s.consultantSession, {
      method: 'POST',
      url: `/api/taskforce/courses/${s.course.id}/plan/goals/${goalId}/actions`,
      payload: { title, ownerUserId: s.caseworker.id, dueOn },
    });
    expect(action.statusCode, action.body).toBe(201);
  }
  // The course's planned status meeting a month ago, not yet marked done.
  const activity = await t.db
    .insertInto('taskforce_course_activities')
    .values({ course_id: s.course.id, phase: 'development', kind: 'status_meeting', title: '', planned_on: fromToday(-31) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { ...s, activityId: activity.id };
}

const meetingsUrl = (courseId: string) => `/api/taskforce/courses/${courseId}/status-meetings`;

describe('status meetings', () => {
  it('builds the agenda, keeps the goals’ values at each meeting, and turns decisions into tasks', async () => {
    const s = await withPlan();
    const first = await call(t.app, s.leaderSession, { method: 'GET', url: meetingsUrl(s.course.id) });
    expect(first.statusCode, first.body).toBe(200);
    const draft = first.json<TaskforceStatusMeetings>().draft;
    expect(draft).toMatchObject({ heldOn: fromToday(0), previousHeldOn: null });
    // Since the plan began: the action due today, with its task's status; not the one due later.
    expect(draft.actions.map((a) => [a.title, a.taskStatus])).toEqual([['Boligplan fra første uge', 'in_progress']]);
    expect(draft.goals).toEqual([
      expect.objectContaining({ goalId: s.goalId, baseline: s.shown.published.median, previous: null, target: 30 }),
    ]);
    expect(draft.goals[0]?.now.to).toBe(fromToday(0));

    // The consultant records the meeting held a month ago: no action was due by then.
    const held = await call(t.app, s.consultantSession, {
      method: 'POST',
      url: meetingsUrl(s.course.id),
      payload: { heldOn: fromToday(-30), minutes: 'Boligplanen er i gang.', decisions: [] },
    });
    expect(held.statusCode, held.body).toBe(201);
    const afterFirst = held.json<TaskforceStatusMeetings>();
    const meeting = afterFirst.meetings[0];
    expect(meeting).toMatchObject({ heldOn: fromToday(-30), activityId: s.activityId, minutes: 'Boligplanen er i gang.' });
    expect(meeting?.agenda.actions).toEqual([]);
    // The goal's value kept at the meeting: live data for a period as long as the baseline's, ending on the meeting's day.
    const kept = meeting?.agenda.goals[0]?.now;
    expect(kept?.to).toBe(fromToday(-30));
    const stored = await t.db
      .selectFrom('taskforce_status_meeting_goal_values')
      .select(['value', 'period_to'])
      .where('meeting_id', '=', meeting?.id ?? '')
      .execute();
    expect(stored).toEqual([{ value: kept?.value ?? null, period_to: fromToday(-30) }]);
    // The planned status meeting is marked done on the day it was held.
    const activity = await t.db
      .selectFrom('taskforce_course_activities')
      .select('done_on')
      .where('id', '=', s.activityId)
      .executeTakeFirstOrThrow();
    expect(activity.done_on).toBe(fromToday(-30));

    // The next meeting's agenda: movement since the one a month ago.
    expect(afterFirst.draft.previousHeldOn).toBe(fromToday(-30));
    expect(afterFirst.draft.goals[0]?.previous).toEqual({ ...kept, heldOn: fromToday(-30) });
    expect(afterFirst.draft.actions.map((a) => a.title)).toEqual(['Boligplan fra første uge']);

    // The municipality's leader holds today's meeting with a decision for the caseworker.
    const dueOn = fromToday(7);
    const second = await call(t.app, s.leaderSession, {
      method: 'POST',
      url: meetingsUrl(s.course.id),
      payload: {
        heldOn: fromToday(0),
        minutes: 'Anvisningsaftalen drøftet.',
        decisions: [{ text: 'Indkald boligselskaberne til møde', ownerUserId: s.caseworker.id, dueOn }],
      },
    });
    expect(second.statusCode, second.body).toBe(201);
    const today = second.json<TaskforceStatusMeetings>().meetings[0];
    expect(today?.agenda.goals[0]).toMatchObject({
      baseline: s.shown.published.median,
      previous: { ...kept, heldOn: fromToday(-30) },
      now: { to: fromToday(0) },
    });
    expect(today?.agenda.actions).toEqual([
      expect.objectContaining({ title: 'Boligplan fra første uge', taskStatus: 'in_progress', dueOn: fromToday(0) }),
    ]);
    const decision = today?.decisions[0];
    expect(decision).toMatchObject({ text: 'Indkald boligselskaberne til møde', owner: { id: s.caseworker.id }, dueOn });
    const inbox = await call(t.app, s.caseworkerSession, { method: 'GET', url: '/api/inbox?mine=true' });
    expect(inbox.json<Inbox>().items.find((i) => i.id === decision?.taskId)).toMatchObject({
      title: 'Indkald boligselskaberne til møde',
      dueOn,
      citizen: null,
      assignee: { id: s.caseworker.id },
    });

    // Both meetings, newest first, seen by the taskforce too; each read and write audited for the municipality.
    const seen = await call(t.app, s.consultantSession, { method: 'GET', url: meetingsUrl(s.course.id) });
    expect(seen.json<TaskforceStatusMeetings>().meetings.map((m) => m.heldOn)).toEqual([fromToday(0), fromToday(-30)]);
    const events = await t.db
      .selectFrom('audit_events')
      .select(['action', 'data_organisation_id'])
      .where('action', 'like', 'taskforce_status_meeting.%')
      .where('data_organisation_id', '=', s.organisation.id)
      .where('outcome', '=', 'ok')
      .orderBy('occurred_at')
      .execute();
    expect(events.map((e) => e.action)).toEqual([
      'taskforce_status_meeting.list',
      'taskforce_status_meeting.create',
      'taskforce_status_meeting.create',
      'taskforce_status_meeting.list',
    ]);

    // Another municipality sees nothing of it, and cannot write.
    expect((await call(t.app, s.otherSession, { method: 'GET', url: meetingsUrl(s.course.id) })).statusCode).toBe(404);
    const foreign = await call(t.app, s.otherSession, {
      method: 'POST',
      url: meetingsUrl(s.course.id),
      payload: { heldOn: fromToday(0), decisions: [] },
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('refuses a day out of range, a decision without owner or due date, or due in the past, naming the field; writes nothing', async () => {
    const s = await withPlan();
    const decision = { text: 'Beslutning der ikke må gemmes', ownerUserId: s.caseworker.id, dueOn: fromToday(7) };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ heldOn: fromToday(1) }, 'heldOn', 'efter i dag'],
      [{ heldOn: '2025-08-31' }, 'heldOn', '01.09.2025'],
      [{ decisions: [decision, { ...decision, ownerUserId: null }] }, 'decisions.1.ownerUserId', 'ansvarlig'],
      [{ decisions: [{ ...decision, dueOn: null }] }, 'decisions.0.dueOn', 'frist'],
      [{ decisions: [{ ...decision, dueOn: fromToday(-1) }] }, 'decisions.0.dueOn', 'overskredet'],
      [{ decisions: [{ ...decision, ownerUserId: s.other.admin.id }] }, 'decisions.0.ownerUserId', 'medarbejder'],
    ];
    for (const [change, field, text] of cases) {
      const refused = await call(t.app, s.leaderSession, {
        method: 'POST',
        url: meetingsUrl(s.course.id),
        payload: { heldOn: fromToday(0), minutes: 'Må ikke gemmes', decisions: [decision], ...change },
      });
      expect(refused.statusCode, JSON.stringify(change)).toBe(422);
      expect(refused.json<RefusalBody>().error.fields[0]?.path).toBe(field);
      expect(refused.json<RefusalBody>().error.fields[0]?.message).toContain(text);
    }
    const english = await call(t.app, s.leaderSession, {
      method: 'POST',
      url: meetingsUrl(s.course.id),
      payload: { heldOn: fromToday(1), decisions: [] },
      headers: { 'accept-language': 'en' },
    });
    expect(english.json<RefusalBody>().error.fields[0]?.message).toContain('after today');
    // A date no calendar holds is refused by the schema.
    const absurd = await call(t.app, s.leaderSession, {
      method: 'POST',
      url: meetingsUrl(s.course.id),
      payload: { heldOn: '9999-12-31', decisions: [] },
    });
    expect(absurd.statusCode).toBe(400);

    // A meeting on or before the previous one is refused once one is held.
    const held = await call(t.app, s.leaderSession, {
      method: 'POST',
      url: meetingsUrl(s.course.id),
      payload: { heldOn: fromToday(-5) },
    });
    expect(held.statusCode, held.body).toBe(201);
    const before = await call(t.app, s.leaderSession, {
      method: 'POST',
      url: meetingsUrl(s.course.id),
      payload: { heldOn: fromToday(-5) },
    });
    expect(before.statusCode).toBe(422);
    expect(before.json<RefusalBody>().error.fields[0]?.path).toBe('heldOn');

    // Nothing half-written: one meeting, no decision, no task of the refused decisions.
    const meetings = await t.db
      .selectFrom('taskforce_status_meetings')
      .select('minutes')
      .where('course_id', '=', s.course.id)
      .execute();
    expect(meetings).toEqual([{ minutes: '' }]);
    expect(
      await t.db
        .selectFrom('taskforce_status_meeting_decisions as d')
        .innerJoin('taskforce_status_meetings as m', 'm.id', 'd.meeting_id')
        .select('d.id')
        .where('m.course_id', '=', s.course.id)
        .execute(),
    ).toEqual([]);
    expect(await t.db.selectFrom('tasks').select('id').where('title', '=', decision.text).execute()).toEqual([]);
  });
});
