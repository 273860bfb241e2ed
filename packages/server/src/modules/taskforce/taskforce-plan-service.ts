/**
 * The taskforce course's development plan (issue 13 point 6). The municipality and the taskforce
 * choose development points under the four themes; a goal follows one key-figure measure from
 * its baseline (the value a frozen data package published) to a target by a date after the
 * baseline's period, owned by one of the municipality's users; an action with an owner and a due
 * date becomes a task in the owner's inbox (the tasks module's `systemCreateOwnedTask`); learning
 * activities are logged. Each goal shows its measure now, computed on live data by the
 * dashboard's statement for a period as long as the baseline's ending today and published as the
 * package publishes (suppressed), so baseline and now compare like with like.
 */
import {
  addDays,
  daysBetween,
  findDevelopmentActionProblem,
  findDevelopmentGoalProblem,
  goalValueOf,
  indexRows,
  type IsoDate,
  type KeyFigureWindow,
  type MeasureId,
  measureDefinitions,
  sliceKey,
  type TaskforceTheme,
} from '@hjemvej/domain';
import {
  taskforceDataPackageContentSchema,
  type CreateTaskforceActionBody,
  type CreateTaskforceGoalBody,
  type CreateTaskforceLearningBody,
  type CreateTaskforcePointBody,
  type TaskforcePlan,
} from '@hjemvej/contract';
import { abilitiesFor } from '../../access/policy';
import { formatDate, todayInDenmark } from '../../calendar/danish-time';
import { requireFound, UnprocessableError } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { latestVersion, measureName, measuresOf, readRows } from '../key-figures/key-figure-request';
import { systemMunicipalities } from '../key-figures/key-figures-queries';
import { publishMeasure } from '../key-figures/national-figures-service';
import { systemCreateOwnedTask } from '../tasks/task-service';
import type { TaskforceCourseRow } from './taskforce-course-queries';
import { findDataPackage, findDataPackageRows } from './taskforce-data-package-queries';
import {
  findFollowedGoalIds,
  findLearningActivities,
  findPlanGoal,
  findPlanOwners,
  findPlanParts,
  findPlanPoint,
  insertLearningActivity,
  insertPlanAction,
  insertPlanGoal,
  insertPlanPoint,
  presentOwner,
  setPlanActionTask,
  type PlanGoalRow,
  type PlanOwner,
} from './taskforce-plan-queries';
import { taskforceCoursePolicy } from './taskforce-policy';
import { describeTaskforceCoursePart, requireTaskforceCourse, requireTaskforceCourseFor } from './taskforce-course-access';

type LiveValue = TaskforcePlan['points'][number]['goals'][number]['now'];

/**
 * Each goal's measure on live data: one window per baseline length, ending today (or on `endOn`,
 * a status meeting's day), read in one statement and published as the package publishes it.
 */
export async function liveValues(
  ctx: Pick<DataContext, 'tx'>,
  course: Pick<TaskforceCourseRow, 'municipalityId'>,
  goals: readonly PlanGoalRow[],
  endOn: IsoDate = todayInDenmark(),
): Promise<Map<string, LiveValue>> {
  if (goals.length === 0) return new Map();
  const today = endOn;
  const windowOf = (goal: PlanGoalRow): KeyFigureWindow => {
    const from = addDays(today, -daysBetween(goal.baselineFrom, goal.baselineTo));
    return { key: `live:${from}`, from, to: today };
  };
  const windows = [...new Map(goals.map((g) => [windowOf(g).key, windowOf(g)])).values()];
  const measures = [...new Set(goals.map((g) => g.measure))];
  const { rows } = await readRows(ctx, systemMunicipalities([course.municipalityId]), windows, today, measures);
  const index = indexRows(rows);
  return new Map(
    goals.map((goal) => {
      const window = windowOf(goal);
      const slice = index.get(sliceKey(window.key, goal.measure)) ?? [];
      const published = publishMeasure([slice], slice).total;
      const value = goalValueOf(measureDefinitions[goal.measure].display, published);
      const hiddenLabel =
        value !== null || slice.length === 0
          ? null
          : (published.shareLabel ?? (published.denominator.kind === 'suppressed' ? published.denominator.label : null));
      return [goal.id, { value, hiddenLabel, from: window.from, to: window.to }];
    }),
  );
}

export async function presentPlan(ctx: DataContext, course: TaskforceCourseRow): Promise<TaskforcePlan> {
  const { points, goals, actions, owners } = await findPlanParts(ctx.tx, course);
  const [learning, packages, followed] = [
    await findLearningActivities(ctx.tx, course.id),
    await findDataPackageRows(ctx.tx, course.id),
    await findFollowedGoalIds(ctx.tx, course.id),
  ];
  const now = await liveValues(ctx, course, goals);
  const canEdit = abilitiesFor(ctx, taskforceCoursePolicy, course).canEditPlan;
  return {
    courseId: course.id,
    points: points.map((point) => ({
      ...point,
      canDelete: canEdit && !goals.some((g) => g.pointId === point.id),
      goals: goals
        .filter((g) => g.pointId === point.id)
        .map((g) => {
          const definition = measureDefinitions[g.measure];
          const goalActions = actions.filter((a) => a.goalId === g.id);
          return {
            id: g.id,
            measure: g.measure,
            figure: definition.figure,
            measureName: measureName(g.measure, ctx.locale),
            display: definition.display,
            higherIsBetter: definition.higherIsBetter,
            baselinePackageId: g.baselinePackageId,
            baselinePackageVersion: g.baselinePackageVersion,
            baselinePeriod: { from: g.baselineFrom, to: g.baselineTo },
            baseline: g.baseline,
            now: now.get(g.id) ?? { value: null, hiddenLabel: null, from: g.baselineFrom, to: g.baselineTo },
            target: g.target,
            targetOn: g.targetOn,
            owner: { id: g.ownerId, name: g.ownerName },
            description: g.description,
            actions: goalActions.map((a) => ({
              id: a.id,
              title: a.title,
              owner: presentOwner(a.ownerId, a.ownerName),
              dueOn: a.dueOn,
              taskId: a.taskId,
              taskDone: a.taskStatus === 'done',
              canDelete: canEdit,
            })),
            canDelete: canEdit && goalActions.length === 0 && !followed.has(g.id),
          };
        }),
    })),
    learningActivities: learning,
    owners: owners.map((o) => ({ id: o.id, name: o.name })),
    packages: packages.map((p) => ({ id: p.id, version: p.version, from: p.from, to: p.to })),
    measures: measuresOf(latestVersion, false).map((id) => ({
      id,
      figure: measureDefinitions[id].figure,
      name: measureName(id, ctx.locale),
    })),
    canEdit,
  };
}

export function describePlan(
  ctx: DataContext,
  course: TaskforceCourseRow,
  subjectId: string,
  changes: Record<string, unknown>,
): void {
  describeTaskforceCoursePart(ctx, course, 'taskforce_plan', subjectId, changes);
}

/** What one change did to the plan: the point, goal, action or activity it touched, and the audit's changes. */
export interface PlanChange {
  readonly subjectId: string;
  readonly changes: Record<string, unknown>;
}

/**
 * One change to the development plan: the course locked and the caller allowed to write the plan
 * (`editPlan`), the change made, described for the audit, and the plan answered as it is now.
 */
export async function changePlan(
  ctx: DataContext,
  courseId: string,
  change: (course: TaskforceCourseRow) => Promise<PlanChange>,
): Promise<TaskforcePlan> {
  const course = await requireTaskforceCourseFor(ctx, courseId, taskforceCoursePolicy.editPlan);
  const { subjectId, changes } = await change(course);
  describePlan(ctx, course, subjectId, changes);
  return presentPlan(ctx, course);
}

/** A new development point of the course (from the plan itself, or from a report's recommendation). */
export function addPlanPoint(
  ctx: DataContext,
  course: TaskforceCourseRow,
  point: { readonly theme: TaskforceTheme; readonly title: string; readonly description: string },
): Promise<string> {
  return insertPlanPoint(ctx.tx, { course_id: course.id, ...point, created_by_user_id: ctx.actor.userId });
}

export async function requireOwner(ctx: DataContext, course: TaskforceCourseRow, userId: string) {
  const owner = (await findPlanOwners(ctx.tx, course.municipalityId)).find((o) => o.id === userId);
  if (!owner) throw new UnprocessableError('taskforce_owner_unknown', 'ownerUserId', { municipality: course.municipalityName });
  return owner;
}

export async function getTaskforcePlan(ctx: DataContext, courseId: string): Promise<TaskforcePlan> {
  const course = await requireTaskforceCourse(ctx, courseId);
  const plan = await presentPlan(ctx, course);
  describePlan(ctx, course, course.id, {
    points: plan.points.length,
    goals: plan.points.reduce((n, p) => n + p.goals.length, 0),
  });
  return plan;
}

export function createTaskforcePoint(ctx: DataContext, courseId: string, body: CreateTaskforcePointBody): Promise<TaskforcePlan> {
  return changePlan(ctx, courseId, async (course) => ({
    subjectId: await addPlanPoint(ctx, course, { theme: body.theme, title: body.title, description: body.description ?? '' }),
    changes: { theme: body.theme, title: body.title },
  }));
}

/** The value the package published for the measure: the goal's baseline (null when hidden or absent). */
function baselineIn(content: unknown, measure: MeasureId): number | null {
  const parsed = taskforceDataPackageContentSchema.safeParse(content);
  if (!parsed.success) return null;
  const figure = parsed.data.figures.find((f) => f.measure === measure);
  return goalValueOf(measureDefinitions[measure].display, figure?.published);
}

export function createTaskforceGoal(
  ctx: DataContext,
  courseId: string,
  pointId: string,
  body: CreateTaskforceGoalBody,
): Promise<TaskforcePlan> {
  return changePlan(ctx, courseId, (course) => addGoal(ctx, course, pointId, body));
}

async function addGoal(
  ctx: DataContext,
  course: TaskforceCourseRow,
  pointId: string,
  body: CreateTaskforceGoalBody,
): Promise<PlanChange> {
  const point = requireFound(await findPlanPoint(ctx.tx, course.id, pointId));
  const found = body.baselinePackageId === null ? null : await findDataPackage(ctx.tx, course.id, body.baselinePackageId);
  if (body.baselinePackageId !== null && !found)
    throw new UnprocessableError('taskforce_goal_package_unknown', 'baselinePackageId');
  const baseline = body.measure !== null && found ? baselineIn(found.content, body.measure) : null;
  const problem = findDevelopmentGoalProblem({
    measure: body.measure,
    baselinePackage: found ? { periodTo: found.to } : null,
    baseline,
    targetOn: body.targetOn,
  });
  if (problem)
    throw new UnprocessableError(`taskforce_${problem.code}`, problem.field, {
      date: problem.code === 'goal_target_before_baseline' ? formatDate(ctx.locale, problem.notAfter) : '',
      version: String(found?.version ?? ''),
    });
  // The check above has refused each of these; narrowed here for the compiler.
  if (body.measure === null || !found || baseline === null) throw new Error('goal checked without its problem');
  const owner = await requireOwner(ctx, course, body.ownerUserId);
  const id = await insertPlanGoal(ctx.tx, {
    point_id: point.id,
    measure: body.measure,
    baseline_package_id: found.id,
    baseline,
    target: body.target,
    target_on: body.targetOn,
    owner_user_id: owner.id,
    description: body.description ?? '',
    created_by_user_id: ctx.actor.userId,
  });
  return {
    subjectId: id,
    changes: {
      pointId: point.id,
      measure: body.measure,
      baselinePackageId: found.id,
      baseline,
      target: body.target,
      targetOn: body.targetOn,
      ownerUserId: owner.id,
    },
  };
}

/** With an owner and a due date the action is the owner's task, in their inbox. */
export async function createActionTask(
  ctx: DataContext,
  course: TaskforceCourseRow,
  goal: PlanGoalRow,
  actionId: string,
  owner: PlanOwner,
  title: string,
  dueOn: string,
): Promise<string> {
  const point = await findPlanPoint(ctx.tx, course.id, goal.pointId);
  const taskId = await systemCreateOwnedTask(ctx, {
    organisationId: course.municipalityId,
    unitId: owner.unitId,
    owner: { id: owner.id, name: owner.name },
    title,
    description: `Handling i taskforce-forløbets udviklingsplan: »${point?.title ?? ''}«, mål for ${measureName(goal.measure, 'da')} (${formatDate('da', goal.targetOn)}).`,
    dueOn,
    linkedRecord: { type: 'taskforce_action', id: actionId },
  });
  await setPlanActionTask(ctx.tx, actionId, taskId);
  return taskId;
}

export function createTaskforceAction(
  ctx: DataContext,
  courseId: string,
  goalId: string,
  body: CreateTaskforceActionBody,
): Promise<TaskforcePlan> {
  return changePlan(ctx, courseId, (course) => addAction(ctx, course, goalId, body));
}

async function addAction(
  ctx: DataContext,
  course: TaskforceCourseRow,
  goalId: string,
  body: CreateTaskforceActionBody,
): Promise<PlanChange> {
  const goal = requireFound(await findPlanGoal(ctx.tx, course.id, goalId));
  const problem = findDevelopmentActionProblem(body.dueOn, goal.targetOn, todayInDenmark());
  if (problem)
    throw new UnprocessableError(`taskforce_${problem.code}`, problem.field, {
      date: problem.code === 'action_due_after_goal' ? formatDate(ctx.locale, problem.notAfter) : '',
    });
  const owner = body.ownerUserId === null ? null : await requireOwner(ctx, course, body.ownerUserId);
  const id = await insertPlanAction(ctx.tx, {
    goal_id: goal.id,
    title: body.title,
    owner_user_id: owner?.id ?? null,
    due_on: body.dueOn,
    created_by_user_id: ctx.actor.userId,
  });
  const taskId =
    owner && body.dueOn !== null ? await createActionTask(ctx, course, goal, id, owner, body.title, body.dueOn) : null;
  return { subjectId: id, changes: { goalId: goal.id, ownerUserId: owner?.id ?? null, dueOn: body.dueOn, taskId } };
}

export function createTaskforceLearningActivity(
  ctx: DataContext,
  courseId: string,
  body: CreateTaskforceLearningBody,
): Promise<TaskforcePlan> {
  return changePlan(ctx, courseId, async (course) => ({
    subjectId: await insertLearningActivity(ctx.tx, {
      course_id: course.id,
      held_on: body.heldOn,
      theme: body.theme,
      title: body.title,
      participants: body.participants ?? '',
      created_by_user_id: ctx.actor.userId,
    }),
    changes: { heldOn: body.heldOn, theme: body.theme },
  }));
}
