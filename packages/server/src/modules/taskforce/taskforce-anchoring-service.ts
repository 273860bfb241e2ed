/**
 * The taskforce course's anchoring (issue 13 point 8). The anchoring plan names what continues
 * after the course, each item with an owner among the municipality's users and how it is
 * followed up; either side writes it (the whole plan at once, its items replaced, with the
 * version the writer saw: 409 when stale), as a draft or agreed. The effect presentation shows
 * each goal of the development plan: its frozen baseline against now on live data, through the
 * plan's own `liveValues` (the status meetings' goal movement, published and suppressed alike),
 * with the change and its direction from the domain's `goalEffectOf`; as a page and a PDF. The
 * municipality's own dashboard shows its course goals the same way, also after the course.
 */
import { findAnchoringProblem, goalEffectOf, measureDefinitions, type IsoDate } from '@hjemvej/domain';
import type {
  SaveTaskforceAnchoringBody,
  TaskforceAnchoring,
  TaskforceDashboardGoals,
  TaskforceEffect,
  TaskforceEffects,
} from '@hjemvej/contract';
import { abilitiesFor } from '../../access/policy';
import { formatDate, todayInDenmark } from '../../calendar/danish-time';
import { UnprocessableError } from '../../http/errors';
import { FileDownload } from '../../http/file-download';
import type { DataContext } from '../../http/secured-route';
import { measureName } from '../key-figures/key-figure-request';
import {
  findAnchoringItems,
  findAnchoringPlan,
  findMunicipalityGoalCourses,
  saveAnchoringPlan,
} from './taskforce-anchoring-queries';
import { findTaskforcePhaseRows, type TaskforceCourseRow } from './taskforce-course-queries';
import { findPlanGoals, findPlanOwners, findPlanPoints, presentOwner } from './taskforce-plan-queries';
import { liveValues } from './taskforce-plan-service';
import { taskforceCoursePolicy } from './taskforce-policy';
import { renderTaskforceEffectsPdf } from './taskforce-report-pdf';
import {
  assertSeenPartVersion,
  describeTaskforceCourse,
  requireTaskforceCourse,
  requireTaskforceCourseFor,
} from './taskforce-course-access';

async function presentAnchoring(ctx: DataContext, course: TaskforceCourseRow): Promise<TaskforceAnchoring> {
  const plan = await findAnchoringPlan(ctx.tx, course.id);
  const items = plan ? await findAnchoringItems(ctx.tx, course.id) : [];
  const owners = await findPlanOwners(ctx.tx, course.municipalityId);
  return {
    courseId: course.id,
    plan: plan
      ? {
          status: plan.status,
          version: plan.version,
          description: plan.description,
          items: items.map((i) => ({
            id: i.id,
            title: i.title,
            owner: presentOwner(i.ownerId, i.ownerName),
            followUp: i.followUp,
            reviewOn: i.reviewOn,
          })),
          updatedAt: plan.updatedAt.toISOString(),
          updatedBy: plan.updatedBy,
        }
      : null,
    owners: owners.map((o) => ({ id: o.id, name: o.name })),
    canEdit: abilitiesFor(ctx, taskforceCoursePolicy, course).canEditPlan,
  };
}

export async function getTaskforceAnchoring(ctx: DataContext, courseId: string): Promise<TaskforceAnchoring> {
  const course = await requireTaskforceCourse(ctx, courseId);
  const result = await presentAnchoring(ctx, course);
  describeTaskforceCourse(
    ctx,
    course,
    { status: result.plan?.status ?? null, items: result.plan?.items.length ?? 0 },
    'taskforce_anchoring',
  );
  return result;
}

export async function saveTaskforceAnchoring(
  ctx: DataContext,
  courseId: string,
  body: SaveTaskforceAnchoringBody,
): Promise<TaskforceAnchoring> {
  const course = await requireTaskforceCourseFor(ctx, courseId, taskforceCoursePolicy.editPlan);
  const current = await findAnchoringPlan(ctx.tx, course.id, true);
  await assertSeenPartVersion(
    ctx,
    current && { id: course.id, version: current.version },
    body.version,
    'taskforce_anchoring.update',
    () => presentAnchoring(ctx, course),
  );
  const today = todayInDenmark();
  const items = body.items.map((i) => ({ ...i, followUp: i.followUp ?? '' }));
  const problem = findAnchoringProblem(body.status, items, today);
  if (problem)
    throw new UnprocessableError(`taskforce_${problem.code}`, problem.field, {
      date: problem.code === 'anchoring_review_in_past' ? formatDate(ctx.locale, problem.date) : '',
    });
  const owners = await findPlanOwners(ctx.tx, course.municipalityId);
  for (const [index, item] of items.entries())
    if (item.ownerUserId !== null && !owners.some((o) => o.id === item.ownerUserId))
      throw new UnprocessableError('taskforce_owner_unknown', `items.${index}.ownerUserId`, {
        municipality: course.municipalityName,
      });
  const version = (current?.version ?? 0) + 1;
  await saveAnchoringPlan(ctx.tx, {
    courseId: course.id,
    status: body.status,
    description: body.description ?? '',
    version,
    userId: ctx.actor.userId,
    items: items.map((i) => ({ title: i.title, owner_user_id: i.ownerUserId, follow_up: i.followUp, review_on: i.reviewOn })),
  });
  describeTaskforceCourse(
    ctx,
    course,
    {
      status: current?.status === body.status ? body.status : { from: current?.status ?? null, to: body.status },
      items: items.length,
      version: { from: current?.version ?? 0, to: version },
    },
    'taskforce_anchoring',
  );
  return presentAnchoring(ctx, course);
}

/** Each goal of the course's plan: frozen baseline against now on live data (published), and the effect. */
async function effectsOf(
  ctx: DataContext,
  course: Pick<TaskforceCourseRow, 'id' | 'municipalityId'>,
  asOf: IsoDate,
): Promise<TaskforceEffect[]> {
  const goals = await findPlanGoals(ctx.tx, course.id);
  const points = new Map((await findPlanPoints(ctx.tx, course.id)).map((p) => [p.id, p]));
  const live = await liveValues(ctx, course, goals, asOf);
  return goals.map((goal) => {
    const definition = measureDefinitions[goal.measure];
    const now = live.get(goal.id) ?? { value: null, hiddenLabel: null, from: asOf, to: asOf };
    const point = points.get(goal.pointId);
    return {
      goalId: goal.id,
      theme: point?.theme ?? 'organisation',
      pointTitle: point?.title ?? '',
      measure: goal.measure,
      measureName: measureName(goal.measure, ctx.locale),
      display: definition.display,
      higherIsBetter: definition.higherIsBetter,
      baseline: goal.baseline,
      baselinePeriod: { from: goal.baselineFrom, to: goal.baselineTo },
      now,
      target: goal.target,
      targetOn: goal.targetOn,
      ...goalEffectOf({
        baseline: goal.baseline,
        now: now.value,
        target: goal.target,
        higherIsBetter: definition.higherIsBetter,
      }),
    };
  });
}

function describeEffects(ctx: DataContext, course: TaskforceCourseRow, effects: TaskforceEffects, format: string | null): void {
  describeTaskforceCourse(ctx, course, { effects: effects.effects.length, asOf: effects.asOf, format });
}

export async function getTaskforceEffects(ctx: DataContext, courseId: string): Promise<TaskforceEffects> {
  const course = await requireTaskforceCourse(ctx, courseId);
  const asOf = todayInDenmark();
  const effects = {
    courseId: course.id,
    municipalityName: course.municipalityName,
    asOf,
    effects: await effectsOf(ctx, course, asOf),
  };
  describeEffects(ctx, course, effects, null);
  return effects;
}

export async function downloadTaskforceEffects(ctx: DataContext, courseId: string): Promise<FileDownload> {
  const course = await requireTaskforceCourse(ctx, courseId);
  const asOf = todayInDenmark();
  // The PDF is for the municipality's politicians: named in Danish whatever the caller's language.
  const danish: DataContext = { ...ctx, locale: 'da' };
  const effects = {
    courseId: course.id,
    municipalityName: course.municipalityName,
    asOf,
    effects: await effectsOf(danish, course, asOf),
  };
  describeEffects(ctx, course, effects, 'pdf');
  return new FileDownload('application/pdf', 'taskforce-effekter.pdf', await renderTaskforceEffectsPdf(effects));
}

/**
 * The caller's own municipality's course goals for its dashboard: read by the caller's own
 * organisation (not the taskforce reach), so a national user sees none here.
 */
export async function listTaskforceDashboardGoals(ctx: DataContext): Promise<TaskforceDashboardGoals> {
  const courses = await findMunicipalityGoalCourses(ctx.tx, ctx.actor.organisationId);
  const asOf = todayInDenmark();
  const phases = await findTaskforcePhaseRows(
    ctx.tx,
    courses.map((c) => c.id),
  );
  const items = [];
  for (const course of courses) {
    const anchoring = phases.find((p) => p.courseId === course.id && p.phase === 'anchoring');
    const end = anchoring?.actualEnd ?? null;
    items.push({
      courseId: course.id,
      municipalityName: course.municipalityName,
      asOf,
      finished: end !== null && end <= asOf,
      effects: await effectsOf(ctx, { id: course.id, municipalityId: ctx.actor.organisationId }, asOf),
    });
  }
  ctx.describe({
    subjectType: 'taskforce_course',
    subjectId: null,
    dataOrganisationId: ctx.actor.organisationId,
    changes: { courses: items.length },
  });
  return { items };
}
