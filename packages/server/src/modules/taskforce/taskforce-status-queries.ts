/**
 * SQL for the taskforce course's status meetings: the meetings held, the goals' values kept at
 * each, the decisions with their tasks, and the course's planned status-meeting activities still
 * free to be held. Read and written by the id of a course already found in the caller's taskforce
 * reach (`taskforce-reach.ts`).
 */
import type { Insertable, Transaction } from 'kysely';
import type { Database } from '../../database/schema';
import { insertRow, insertRows } from '../../database/row-writes';

type Tx = Transaction<Database>;

export async function findStatusMeetings(tx: Tx, courseId: string) {
  return tx
    .selectFrom('taskforce_status_meetings')
    .select(['id', 'activity_id as activityId', 'held_on as heldOn', 'minutes', 'agenda_actions as agendaActions'])
    .where('course_id', '=', courseId)
    .orderBy('held_on')
    .orderBy('created_at')
    .execute();
}

export type StatusMeetingRow = Awaited<ReturnType<typeof findStatusMeetings>>[number];

export async function findStatusGoalValues(tx: Tx, courseId: string) {
  return tx
    .selectFrom('taskforce_status_meeting_goal_values as v')
    .innerJoin('taskforce_status_meetings as m', 'm.id', 'v.meeting_id')
    .select([
      'v.meeting_id as meetingId',
      'v.goal_id as goalId',
      'v.value',
      'v.hidden_label as hiddenLabel',
      'v.period_from as from',
      'v.period_to as to',
    ])
    .where('m.course_id', '=', courseId)
    .execute();
}

export async function findStatusDecisions(tx: Tx, courseId: string) {
  return tx
    .selectFrom('taskforce_status_meeting_decisions as d')
    .innerJoin('taskforce_status_meetings as m', 'm.id', 'd.meeting_id')
    .innerJoin('users as o', 'o.id', 'd.owner_user_id')
    .leftJoin('tasks as t', 't.id', 'd.task_id')
    .select([
      'd.id',
      'd.meeting_id as meetingId',
      'd.text',
      'd.owner_user_id as ownerId',
      'o.display_name as ownerName',
      'd.due_on as dueOn',
      'd.task_id as taskId',
      't.status as taskStatus',
    ])
    .where('m.course_id', '=', courseId)
    .orderBy('d.meeting_id')
    .orderBy('d.position')
    .execute();
}

/** The course's planned status meetings not yet done nor held as a recorded meeting, earliest first. */
export async function findFreeStatusMeetingActivities(tx: Tx, courseId: string) {
  return tx
    .selectFrom('taskforce_course_activities as a')
    .leftJoin('taskforce_status_meetings as m', 'm.activity_id', 'a.id')
    .select(['a.id', 'a.planned_on as plannedOn'])
    .where('a.course_id', '=', courseId)
    .where('a.kind', '=', 'status_meeting')
    .where('a.done_on', 'is', null)
    .where('m.id', 'is', null)
    .orderBy('a.planned_on')
    .orderBy('a.id')
    .execute();
}

export async function markActivityHeld(tx: Tx, activityId: string, heldOn: string): Promise<void> {
  await tx.updateTable('taskforce_course_activities').set({ done_on: heldOn }).where('id', '=', activityId).execute();
}

export function insertStatusMeeting(tx: Tx, values: Insertable<Database['taskforce_status_meetings']>): Promise<string> {
  return insertRow(tx, 'taskforce_status_meetings', values);
}

export function insertStatusGoalValues(
  tx: Tx,
  values: readonly Insertable<Database['taskforce_status_meeting_goal_values']>[],
): Promise<void> {
  return insertRows(tx, 'taskforce_status_meeting_goal_values', values);
}

export function insertStatusDecision(
  tx: Tx,
  values: Insertable<Database['taskforce_status_meeting_decisions']>,
): Promise<string> {
  return insertRow(tx, 'taskforce_status_meeting_decisions', values);
}

export async function setStatusDecisionTask(tx: Tx, decisionId: string, taskId: string): Promise<void> {
  await tx.updateTable('taskforce_status_meeting_decisions').set({ task_id: taskId }).where('id', '=', decisionId).execute();
}
