/**
 * Correcting and removing the development plan's points, goals and actions (issue 13 point 6):
 * either side writes the plan (`taskforceCoursePolicy.editPlan`). A point is removed only while it
 * has no goals, a goal only while it has no actions and no status meeting has recorded its value
 * (the minutes keep it). A goal's key figure and baseline are fixed: another key figure would
 * leave the baseline measuring something else. An action's task in the owner's inbox follows the
 * action in the same transaction: corrected with it, cancelled (its history kept) when the action
 * is removed or loses its owner or due date, made when it gains both.
 */
import { findDevelopmentActionProblem, findDevelopmentGoalProblem } from '@hjemvej/domain';
import type {
  TaskforcePlan,
  UpdateTaskforceActionBody,
  UpdateTaskforceGoalBody,
  UpdateTaskforcePointBody,
} from '@hjemvej/contract';
import { formatDate, todayInDenmark } from '../../calendar/danish-time';
import { requireFound, UnprocessableError } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { systemCancelOwnedTask, systemUpdateOwnedTask } from '../tasks/task-service';
import type { TaskforceCourseRow } from './taskforce-course-queries';
import {
  deletePlanAction,
  deletePlanGoal,
  deletePlanPoint,
  findFirstMeetingOfGoal,
  findPlanAction,
  findPlanActions,
  findPlanGoal,
  findPlanGoals,
  findPlanPoint,
  updatePlanAction,
  updatePlanGoal,
  updatePlanPoint,
  type PlanGoalRow,
  type PlanOwner,
} from './taskforce-plan-queries';
import { correctionChanges } from './taskforce-course-access';
import { changePlan, createActionTask, requireOwner, type PlanChange } from './taskforce-plan-service';

/** A point is removed only while no goal is under it, a goal only while no action is: refused naming how many are. */
function refuseWhileUnder(
  parts: readonly unknown[],
  code: 'taskforce_point_has_goals' | 'taskforce_goal_has_actions',
  field: string,
): void {
  if (parts.length > 0) throw new UnprocessableError(code, field, { count: parts.length });
}

export function updateTaskforcePoint(
  ctx: DataContext,
  courseId: string,
  pointId: string,
  body: UpdateTaskforcePointBody,
): Promise<TaskforcePlan> {
  return changePlan(ctx, courseId, async (course) => {
    const point = requireFound(await findPlanPoint(ctx.tx, course.id, pointId));
    const description = body.description ?? '';
    await updatePlanPoint(ctx.tx, point.id, { theme: body.theme, title: body.title, description });
    return {
      subjectId: point.id,
      changes: correctionChanges(point, { theme: body.theme, title: body.title, description }, ['title', 'description']),
    };
  });
}

export function deleteTaskforcePoint(ctx: DataContext, courseId: string, pointId: string): Promise<TaskforcePlan> {
  return changePlan(ctx, courseId, async (course) => {
    const point = requireFound(await findPlanPoint(ctx.tx, course.id, pointId));
    const goals = (await findPlanGoals(ctx.tx, course.id)).filter((g) => g.pointId === point.id);
    refuseWhileUnder(goals, 'taskforce_point_has_goals', 'goals');
    await deletePlanPoint(ctx.tx, point.id);
    return { subjectId: point.id, changes: { deleted: true, theme: point.theme } };
  });
}

export function updateTaskforceGoal(
  ctx: DataContext,
  courseId: string,
  goalId: string,
  body: UpdateTaskforceGoalBody,
): Promise<TaskforcePlan> {
  return changePlan(ctx, courseId, (course) => changeGoal(ctx, course, goalId, body));
}

async function changeGoal(
  ctx: DataContext,
  course: TaskforceCourseRow,
  goalId: string,
  body: UpdateTaskforceGoalBody,
): Promise<PlanChange> {
  const goal = requireFound(await findPlanGoal(ctx.tx, course.id, goalId));
  const problem = findDevelopmentGoalProblem({
    measure: goal.measure,
    baselinePackage: { periodTo: goal.baselineTo },
    baseline: goal.baseline,
    targetOn: body.targetOn,
  });
  if (problem)
    throw new UnprocessableError(`taskforce_${problem.code}`, problem.field, {
      date: problem.code === 'goal_target_before_baseline' ? formatDate(ctx.locale, problem.notAfter) : '',
      version: String(goal.baselinePackageVersion),
    });
  // An action may not fall due after its goal (as when it is added): the goal's date may not move before it.
  const latestDue = (await findPlanActions(ctx.tx, course.id))
    .filter((a) => a.goalId === goal.id && a.dueOn !== null)
    .reduce<string | null>((latest, a) => (latest === null || (a.dueOn ?? '') > latest ? a.dueOn : latest), null);
  if (latestDue !== null && body.targetOn < latestDue)
    throw new UnprocessableError('taskforce_goal_before_actions', 'targetOn', { date: formatDate(ctx.locale, latestDue) });
  const owner = await requireOwner(ctx, course, body.ownerUserId);
  const description = body.description ?? '';
  await updatePlanGoal(ctx.tx, goal.id, {
    target: body.target,
    target_on: body.targetOn,
    owner_user_id: owner.id,
    description,
  });
  const before = { target: goal.target, targetOn: goal.targetOn, ownerUserId: goal.ownerId, description: goal.description };
  const after = { target: body.target, targetOn: body.targetOn, ownerUserId: owner.id, description };
  return { subjectId: goal.id, changes: correctionChanges(before, after, ['description']) };
}

export function deleteTaskforceGoal(ctx: DataContext, courseId: string, goalId: string): Promise<TaskforcePlan> {
  return changePlan(ctx, courseId, async (course) => {
    const goal = requireFound(await findPlanGoal(ctx.tx, course.id, goalId));
    const actions = (await findPlanActions(ctx.tx, course.id)).filter((a) => a.goalId === goal.id);
    refuseWhileUnder(actions, 'taskforce_goal_has_actions', 'actions');
    const followedOn = await findFirstMeetingOfGoal(ctx.tx, goal.id);
    if (followedOn !== undefined)
      throw new UnprocessableError('taskforce_goal_followed_up', 'goalId', { date: formatDate(ctx.locale, followedOn) });
    await deletePlanGoal(ctx.tx, goal.id);
    return { subjectId: goal.id, changes: { deleted: true, pointId: goal.pointId, measure: goal.measure } };
  });
}

type ActionRow = NonNullable<Awaited<ReturnType<typeof findPlanAction>>>;

const isOpenTask = (status: ActionRow['taskStatus']) => status !== null && status !== 'done' && status !== 'cancelled';

/**
 * The action's task after a correction: an open task follows (or is cancelled when the action no
 * longer has both an owner and a due date); a done task stays done; without an open task, one is
 * made when the action has both. Returns the task the action points to afterwards.
 */
async function followActionTask(
  ctx: DataContext,
  course: TaskforceCourseRow,
  goal: PlanGoalRow,
  action: ActionRow,
  next: { readonly title: string; readonly owner: PlanOwner | null; readonly dueOn: string | null },
): Promise<string | null> {
  const { owner, dueOn } = next;
  if (action.taskStatus === 'done') return action.taskId;
  if (action.taskId !== null && isOpenTask(action.taskStatus)) {
    if (owner && dueOn !== null)
      await systemUpdateOwnedTask(ctx, action.taskId, {
        unitId: owner.unitId,
        owner: { id: owner.id, name: owner.name },
        title: next.title,
        dueOn,
      });
    else
      await systemCancelOwnedTask(
        ctx,
        action.taskId,
        'Handlingen har ikke længere både en ansvarlig og en frist i taskforce-forløbets udviklingsplan.',
      );
    return action.taskId;
  }
  if (owner && dueOn !== null) return createActionTask(ctx, course, goal, action.id, owner, next.title, dueOn);
  return action.taskId;
}

export function updateTaskforceAction(
  ctx: DataContext,
  courseId: string,
  actionId: string,
  body: UpdateTaskforceActionBody,
): Promise<TaskforcePlan> {
  return changePlan(ctx, courseId, (course) => changeAction(ctx, course, actionId, body));
}

async function changeAction(
  ctx: DataContext,
  course: TaskforceCourseRow,
  actionId: string,
  body: UpdateTaskforceActionBody,
): Promise<PlanChange> {
  const action = requireFound(await findPlanAction(ctx.tx, course.id, actionId));
  const goal = requireFound(await findPlanGoal(ctx.tx, course.id, action.goalId));
  // A due date left as it was may have passed (the action is overdue); a new one may not.
  const problem = body.dueOn === action.dueOn ? null : findDevelopmentActionProblem(body.dueOn, goal.targetOn, todayInDenmark());
  if (problem)
    throw new UnprocessableError(`taskforce_${problem.code}`, problem.field, {
      date: problem.code === 'action_due_after_goal' ? formatDate(ctx.locale, problem.notAfter) : '',
    });
  const owner = body.ownerUserId === null ? null : await requireOwner(ctx, course, body.ownerUserId);
  await updatePlanAction(ctx.tx, action.id, { title: body.title, owner_user_id: owner?.id ?? null, due_on: body.dueOn });
  const taskId = await followActionTask(ctx, course, goal, action, { title: body.title, owner, dueOn: body.dueOn });
  return {
    subjectId: action.id,
    changes: {
      ...correctionChanges(
        { title: action.title, ownerUserId: action.ownerId, dueOn: action.dueOn },
        { title: body.title, ownerUserId: owner?.id ?? null, dueOn: body.dueOn },
        ['title'],
      ),
      taskId,
    },
  };
}

export function deleteTaskforceAction(ctx: DataContext, courseId: string, actionId: string): Promise<TaskforcePlan> {
  return changePlan(ctx, courseId, async (course) => {
    const action = requireFound(await findPlanAction(ctx.tx, course.id, actionId));
    // The task stays in the tasks' history, cancelled; it keeps the id of the action it came from.
    const cancelled =
      action.taskId !== null && isOpenTask(action.taskStatus)
        ? await systemCancelOwnedTask(ctx, action.taskId, 'Handlingen er fjernet fra taskforce-forløbets udviklingsplan.')
        : false;
    await deletePlanAction(ctx.tx, action.id);
    return {
      subjectId: action.id,
      changes: { deleted: true, goalId: action.goalId, taskId: action.taskId, taskCancelled: cancelled },
    };
  });
}
