/**
 * SQL for the taskforce course's development plan: points, goals, actions and learning
 * activities, read and written by the id of a course already found in the caller's taskforce
 * reach (`taskforce-reach.ts`); and the municipality's users who may own a goal or an action.
 */
import type { Insertable, Transaction, Updateable } from 'kysely';
import type { Database } from '../../database/schema';
import { insertRow, updateRowById } from '../../database/row-writes';

type Tx = Transaction<Database>;

/** The plan as the plan and the status meetings both show it: points, goals, actions, and who may own them. */
export async function findPlanParts(tx: Tx, course: { readonly id: string; readonly municipalityId: string }) {
  return {
    points: await findPlanPoints(tx, course.id),
    goals: await findPlanGoals(tx, course.id),
    actions: await findPlanActions(tx, course.id),
    owners: await findPlanOwners(tx, course.municipalityId),
  };
}

export async function findPlanPoints(tx: Tx, courseId: string) {
  return tx
    .selectFrom('taskforce_development_points')
    .select(['id', 'theme', 'title', 'description'])
    .where('course_id', '=', courseId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

function selectGoals(tx: Tx) {
  return tx
    .selectFrom('taskforce_goals as g')
    .innerJoin('taskforce_development_points as pt', 'pt.id', 'g.point_id')
    .innerJoin('taskforce_data_packages as p', 'p.id', 'g.baseline_package_id')
    .innerJoin('users as o', 'o.id', 'g.owner_user_id')
    .select([
      'g.id',
      'g.point_id as pointId',
      'g.measure',
      'g.baseline_package_id as baselinePackageId',
      'p.version as baselinePackageVersion',
      'p.period_from as baselineFrom',
      'p.period_to as baselineTo',
      'g.baseline',
      'g.target',
      'g.target_on as targetOn',
      'g.owner_user_id as ownerId',
      'o.display_name as ownerName',
      'g.description',
    ]);
}

export type PlanGoalRow = Awaited<ReturnType<ReturnType<typeof selectGoals>['executeTakeFirstOrThrow']>>;

export async function findPlanGoals(tx: Tx, courseId: string): Promise<PlanGoalRow[]> {
  return selectGoals(tx).where('pt.course_id', '=', courseId).orderBy('g.created_at').orderBy('g.id').execute();
}

export async function findPlanGoal(tx: Tx, courseId: string, goalId: string): Promise<PlanGoalRow | undefined> {
  return selectGoals(tx).where('pt.course_id', '=', courseId).where('g.id', '=', goalId).executeTakeFirst();
}

export async function findPlanPoint(tx: Tx, courseId: string, pointId: string) {
  return tx
    .selectFrom('taskforce_development_points')
    .select(['id', 'theme', 'title', 'description'])
    .where('course_id', '=', courseId)
    .where('id', '=', pointId)
    .executeTakeFirst();
}

/** The goals that may not be removed: a status meeting recorded their value (its minutes keep it). */
export async function findFollowedGoalIds(tx: Tx, courseId: string): Promise<Set<string>> {
  const rows = await tx
    .selectFrom('taskforce_status_meeting_goal_values as v')
    .innerJoin('taskforce_status_meetings as m', 'm.id', 'v.meeting_id')
    .select('v.goal_id as goalId')
    .distinct()
    .where('m.course_id', '=', courseId)
    .execute();
  return new Set(rows.map((r) => r.goalId));
}

/** The first status meeting that recorded the goal's value, if any. */
export async function findFirstMeetingOfGoal(tx: Tx, goalId: string): Promise<string | undefined> {
  const row = await tx
    .selectFrom('taskforce_status_meeting_goal_values as v')
    .innerJoin('taskforce_status_meetings as m', 'm.id', 'v.meeting_id')
    .select('m.held_on as heldOn')
    .where('v.goal_id', '=', goalId)
    .orderBy('m.held_on')
    .executeTakeFirst();
  return row?.heldOn;
}

export function updatePlanPoint(
  tx: Tx,
  pointId: string,
  values: Updateable<Database['taskforce_development_points']>,
): Promise<void> {
  return updateRowById(tx, 'taskforce_development_points', pointId, values);
}

/** Removes a point; a recommendation it came from is no longer tied to it (and may be chosen again). */
export async function deletePlanPoint(tx: Tx, pointId: string): Promise<void> {
  await tx
    .updateTable('taskforce_recommendations')
    .set({ development_point_id: null })
    .where('development_point_id', '=', pointId)
    .execute();
  await tx.deleteFrom('taskforce_development_points').where('id', '=', pointId).execute();
}

export function updatePlanGoal(tx: Tx, goalId: string, values: Updateable<Database['taskforce_goals']>): Promise<void> {
  return updateRowById(tx, 'taskforce_goals', goalId, values);
}

export async function deletePlanGoal(tx: Tx, goalId: string): Promise<void> {
  await tx.deleteFrom('taskforce_goals').where('id', '=', goalId).execute();
}

/** The course's plan actions as `a`, with their goal, owner and task and the task's status. */
function selectPlanActions(tx: Tx, courseId: string) {
  return tx
    .selectFrom('taskforce_actions as a')
    .innerJoin('taskforce_goals as g', 'g.id', 'a.goal_id')
    .innerJoin('taskforce_development_points as pt', 'pt.id', 'g.point_id')
    .leftJoin('tasks as t', 't.id', 'a.task_id')
    .select([
      'a.id',
      'a.goal_id as goalId',
      'a.title',
      'a.owner_user_id as ownerId',
      'a.due_on as dueOn',
      'a.task_id as taskId',
      't.status as taskStatus',
    ])
    .where('pt.course_id', '=', courseId);
}

export async function findPlanAction(tx: Tx, courseId: string, actionId: string) {
  return selectPlanActions(tx, courseId).where('a.id', '=', actionId).forUpdate('a').executeTakeFirst();
}

export function updatePlanAction(tx: Tx, actionId: string, values: Updateable<Database['taskforce_actions']>): Promise<void> {
  return updateRowById(tx, 'taskforce_actions', actionId, values);
}

export async function deletePlanAction(tx: Tx, actionId: string): Promise<void> {
  await tx.deleteFrom('taskforce_actions').where('id', '=', actionId).execute();
}

export async function findPlanActions(tx: Tx, courseId: string) {
  return selectPlanActions(tx, courseId)
    .leftJoin('users as o', 'o.id', 'a.owner_user_id')
    .select('o.display_name as ownerName')
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();
}

export async function findLearningActivities(tx: Tx, courseId: string) {
  return tx
    .selectFrom('taskforce_learning_activities')
    .select(['id', 'held_on as heldOn', 'theme', 'title', 'participants'])
    .where('course_id', '=', courseId)
    .orderBy('held_on', 'desc')
    .orderBy('id')
    .execute();
}

/** The municipality's active users who belong to a unit (so have an inbox), with their first unit by name. */
export async function findPlanOwners(tx: Tx, municipalityId: string) {
  const rows = await tx
    .selectFrom('users as us')
    .innerJoin('user_units as uu', 'uu.user_id', 'us.id')
    .innerJoin('units as un', 'un.id', 'uu.unit_id')
    .select(['us.id', 'us.display_name as name', 'un.id as unitId', 'un.name as unitName'])
    .where('us.organisation_id', '=', municipalityId)
    .where('un.organisation_id', '=', municipalityId)
    .where('us.is_active', '=', true)
    .orderBy('us.display_name')
    .orderBy('un.name')
    .execute();
  const owners = new Map<string, (typeof rows)[number]>();
  for (const row of rows) if (!owners.has(row.id)) owners.set(row.id, row);
  return [...owners.values()];
}

export type PlanOwner = Awaited<ReturnType<typeof findPlanOwners>>[number];

/** The owner of an action, an anchoring item or a decision as it is shown: none unless both id and name were read. */
export function presentOwner(id: string | null, name: string | null): { id: string; name: string } | null {
  return id !== null && name !== null ? { id, name } : null;
}

export function insertPlanPoint(tx: Tx, values: Insertable<Database['taskforce_development_points']>): Promise<string> {
  return insertRow(tx, 'taskforce_development_points', values);
}

export function insertPlanGoal(tx: Tx, values: Insertable<Database['taskforce_goals']>): Promise<string> {
  return insertRow(tx, 'taskforce_goals', values);
}

export function insertPlanAction(tx: Tx, values: Insertable<Database['taskforce_actions']>): Promise<string> {
  return insertRow(tx, 'taskforce_actions', values);
}

export async function setPlanActionTask(tx: Tx, actionId: string, taskId: string): Promise<void> {
  await tx.updateTable('taskforce_actions').set({ task_id: taskId }).where('id', '=', actionId).execute();
}

export function insertLearningActivity(tx: Tx, values: Insertable<Database['taskforce_learning_activities']>): Promise<string> {
  return insertRow(tx, 'taskforce_learning_activities', values);
}
