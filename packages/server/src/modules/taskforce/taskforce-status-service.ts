/**
 * The taskforce course's status meetings (issue 13 point 7). The system builds a meeting's
 * agenda from the development plan: the actions due since the previous meeting (or since the
 * plan began) with their task status, and each goal's movement from its baseline through the
 * value kept at the previous meeting to now, on live data published (suppressed) by the plan's
 * own `liveValues`. Recording a held meeting keeps that agenda and the goals' values up to its
 * day (so the next meeting shows the movement since this one), marks the course's planned
 * status-meeting activity nearest the day (within a month) done, stores the minutes, and turns each decision
 * (owner and due date required) into a task in the owner's inbox through the tasks module's
 * `systemCreateOwnedTask`. Both sides see and write; the course is reached through the
 * taskforce reach, so another municipality gets 404.
 */
import {
  daysBetween,
  findStatusDecisionProblem,
  findStatusMeetingProblem,
  isOnStatusAgenda,
  measureDefinitions,
  type IsoDate,
} from '@hjemvej/domain';
import {
  taskforceAgendaActionSchema,
  type CreateTaskforceStatusMeetingBody,
  type TaskforceAgendaAction,
  type TaskforceGoalMovement,
  type TaskforceStatusAgenda,
  type TaskforceStatusMeetings,
} from '@hjemvej/contract';
import { z } from 'zod';
import { abilitiesFor } from '../../access/policy';
import { formatDate, todayInDenmark } from '../../calendar/danish-time';
import { UnprocessableError } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { measureName } from '../key-figures/key-figure-request';
import { systemCreateOwnedTask } from '../tasks/task-service';
import { findTaskforcePhaseRows, type TaskforceCourseRow } from './taskforce-course-queries';
import {
  findPlanActions,
  findPlanGoals,
  findPlanOwners,
  findPlanParts,
  presentOwner,
  type PlanGoalRow,
} from './taskforce-plan-queries';
import { liveValues } from './taskforce-plan-service';
import { taskforceCoursePolicy } from './taskforce-policy';
import {
  findFreeStatusMeetingActivities,
  findStatusDecisions,
  findStatusGoalValues,
  findStatusMeetings,
  insertStatusDecision,
  insertStatusGoalValues,
  insertStatusMeeting,
  markActivityHeld,
  setStatusDecisionTask,
} from './taskforce-status-queries';
import {
  describeTaskforceCourse,
  describeTaskforceCoursePart,
  requireTaskforceCourse,
  requireTaskforceCourseFor,
} from './taskforce-course-access';

type GoalValue = TaskforceGoalMovement['now'];

/** How far from its planned day a meeting still counts as that planned status meeting (held early or late). */
const plannedMeetingReachDays = 31;

const storedAgendaSchema = z.array(taskforceAgendaActionSchema);

/** The plan's actions a meeting on `heldOn` follows up, with their task status now. */
function agendaActions(
  actions: Awaited<ReturnType<typeof findPlanActions>>,
  previousHeldOn: IsoDate | null,
  heldOn: IsoDate,
): TaskforceAgendaAction[] {
  return actions.flatMap((a) =>
    a.dueOn !== null && isOnStatusAgenda(a.dueOn, previousHeldOn, heldOn)
      ? [
          {
            actionId: a.id,
            title: a.title,
            goalId: a.goalId,
            owner: presentOwner(a.ownerId, a.ownerName),
            dueOn: a.dueOn,
            taskId: a.taskId,
            taskStatus: a.taskStatus ?? null,
          },
        ]
      : [],
  );
}

function movementOf(
  ctx: DataContext,
  goal: PlanGoalRow,
  pointTitle: string,
  previous: (GoalValue & { heldOn: IsoDate }) | null,
  now: GoalValue,
): TaskforceGoalMovement {
  const definition = measureDefinitions[goal.measure];
  return {
    goalId: goal.id,
    pointTitle,
    measure: goal.measure,
    measureName: measureName(goal.measure, ctx.locale),
    display: definition.display,
    higherIsBetter: definition.higherIsBetter,
    baseline: goal.baseline,
    previous,
    now,
    target: goal.target,
    targetOn: goal.targetOn,
  };
}

async function presentStatusMeetings(ctx: DataContext, course: TaskforceCourseRow): Promise<TaskforceStatusMeetings> {
  const today = todayInDenmark();
  const [meetings, values, decisions] = [
    await findStatusMeetings(ctx.tx, course.id),
    await findStatusGoalValues(ctx.tx, course.id),
    await findStatusDecisions(ctx.tx, course.id),
  ];
  const { points, goals, actions, owners } = await findPlanParts(ctx.tx, course);
  const pointTitle = new Map(points.map((p) => [p.id, p.title]));
  const valueAt = (meetingId: string | undefined, goalId: string): GoalValue | undefined => {
    const row = values.find((v) => v.meetingId === meetingId && v.goalId === goalId);
    return row ? { value: row.value, hiddenLabel: row.hiddenLabel, from: row.from, to: row.to } : undefined;
  };
  const previousOf = (index: number, goalId: string) => {
    const previous = meetings[index - 1];
    const value = previous ? valueAt(previous.id, goalId) : undefined;
    return previous && value ? { ...value, heldOn: previous.heldOn } : null;
  };
  const held = meetings.map((meeting, index) => {
    const agenda: TaskforceStatusAgenda = {
      previousHeldOn: meetings[index - 1]?.heldOn ?? null,
      actions: storedAgendaSchema.catch([]).parse(meeting.agendaActions),
      goals: goals.flatMap((goal) => {
        const now = valueAt(meeting.id, goal.id);
        return now ? [movementOf(ctx, goal, pointTitle.get(goal.pointId) ?? '', previousOf(index, goal.id), now)] : [];
      }),
    };
    return {
      id: meeting.id,
      heldOn: meeting.heldOn,
      activityId: meeting.activityId,
      minutes: meeting.minutes,
      agenda,
      decisions: decisions
        .filter((d) => d.meetingId === meeting.id)
        .map((d) => ({
          id: d.id,
          text: d.text,
          owner: { id: d.ownerId, name: d.ownerName },
          dueOn: d.dueOn,
          taskId: d.taskId,
          taskStatus: d.taskStatus ?? null,
        })),
    };
  });
  const live = await liveValues(ctx, course, goals, today);
  const last = meetings.at(-1);
  const lastIndex = meetings.length;
  return {
    courseId: course.id,
    meetings: held.reverse(),
    draft: {
      heldOn: today,
      previousHeldOn: last?.heldOn ?? null,
      actions: agendaActions(actions, last?.heldOn ?? null, today),
      goals: goals.map((goal) =>
        movementOf(
          ctx,
          goal,
          pointTitle.get(goal.pointId) ?? '',
          previousOf(lastIndex, goal.id),
          live.get(goal.id) ?? { value: null, hiddenLabel: null, from: today, to: today },
        ),
      ),
    },
    owners: owners.map((o) => ({ id: o.id, name: o.name })),
    canEdit: abilitiesFor(ctx, taskforceCoursePolicy, course).canEditPlan,
  };
}

export async function listTaskforceStatusMeetings(ctx: DataContext, courseId: string): Promise<TaskforceStatusMeetings> {
  const course = await requireTaskforceCourse(ctx, courseId);
  const answer = await presentStatusMeetings(ctx, course);
  describeTaskforceCourse(ctx, course, { statusMeetings: answer.meetings.length, goals: answer.draft.goals.length });
  return answer;
}

/** The first day of the course: its earliest phase's actual start, or planned start. */
async function courseStartOf(ctx: DataContext, courseId: string): Promise<IsoDate | null> {
  const phases = await findTaskforcePhaseRows(ctx.tx, [courseId]);
  const starts = phases.map((p) => p.actualStart ?? p.plannedStart).sort();
  return starts[0] ?? null;
}

export async function createTaskforceStatusMeeting(
  ctx: DataContext,
  courseId: string,
  body: CreateTaskforceStatusMeetingBody,
): Promise<TaskforceStatusMeetings> {
  const course = await requireTaskforceCourseFor(ctx, courseId, taskforceCoursePolicy.editPlan);
  const today = todayInDenmark();
  const meetings = await findStatusMeetings(ctx.tx, course.id);
  const previous = meetings.at(-1) ?? null;
  const problem = findStatusMeetingProblem({
    heldOn: body.heldOn,
    today,
    courseStart: await courseStartOf(ctx, course.id),
    previousHeldOn: previous?.heldOn ?? null,
  });
  if (problem)
    throw new UnprocessableError(`taskforce_${problem.code}`, problem.field, { date: formatDate(ctx.locale, problem.date) });
  const decisions = body.decisions ?? [];
  const decisionProblem = findStatusDecisionProblem(decisions, today);
  if (decisionProblem) throw new UnprocessableError(`taskforce_${decisionProblem.code}`, decisionProblem.field);
  const owners = await findPlanOwners(ctx.tx, course.municipalityId);
  const decided = decisions.map((decision, index) => {
    const owner = owners.find((o) => o.id === decision.ownerUserId);
    if (!owner)
      throw new UnprocessableError('taskforce_owner_unknown', `decisions.${index}.ownerUserId`, {
        municipality: course.municipalityName,
      });
    // The check above has refused a decision without a due date; narrowed here for the compiler.
    if (decision.dueOn === null) throw new Error('decision checked without its problem');
    return { text: decision.text, owner, dueOn: decision.dueOn };
  });

  // The agenda as the meeting saw it, and the goals' values up to its day, kept.
  const goals = await findPlanGoals(ctx.tx, course.id);
  const actions = agendaActions(await findPlanActions(ctx.tx, course.id), previous?.heldOn ?? null, body.heldOn);
  const values = await liveValues(ctx, course, goals, body.heldOn);
  const free = await findFreeStatusMeetingActivities(ctx.tx, course.id);
  // The planned status meeting it was held as: the free one planned nearest its day, within a month.
  const activity = free
    .map((a) => ({ ...a, distance: Math.abs(daysBetween(a.plannedOn, body.heldOn)) }))
    .filter((a) => a.distance <= plannedMeetingReachDays)
    .sort((a, b) => a.distance - b.distance)[0];
  const meetingId = await insertStatusMeeting(ctx.tx, {
    course_id: course.id,
    activity_id: activity?.id ?? null,
    held_on: body.heldOn,
    minutes: body.minutes ?? '',
    agenda_actions: JSON.stringify(actions),
    created_by_user_id: ctx.actor.userId,
  });
  if (activity) await markActivityHeld(ctx.tx, activity.id, body.heldOn);
  await insertStatusGoalValues(
    ctx.tx,
    goals.flatMap((goal) => {
      const value = values.get(goal.id);
      return value
        ? [
            {
              meeting_id: meetingId,
              goal_id: goal.id,
              value: value.value,
              hidden_label: value.hiddenLabel,
              period_from: value.from,
              period_to: value.to,
            },
          ]
        : [];
    }),
  );
  const taskIds: string[] = [];
  for (const [position, decision] of decided.entries()) {
    const decisionId = await insertStatusDecision(ctx.tx, {
      meeting_id: meetingId,
      position,
      text: decision.text,
      owner_user_id: decision.owner.id,
      due_on: decision.dueOn,
    });
    const taskId = await systemCreateOwnedTask(ctx, {
      organisationId: course.municipalityId,
      unitId: decision.owner.unitId,
      owner: { id: decision.owner.id, name: decision.owner.name },
      title: decision.text,
      description: `Beslutning på taskforce-forløbets statusmøde ${formatDate('da', body.heldOn)}.`,
      dueOn: decision.dueOn,
      linkedRecord: { type: 'taskforce_decision', id: decisionId },
    });
    await setStatusDecisionTask(ctx.tx, decisionId, taskId);
    taskIds.push(taskId);
  }
  describeTaskforceCoursePart(ctx, course, 'taskforce_status_meeting', meetingId, {
    heldOn: body.heldOn,
    activityId: activity?.id ?? null,
    agendaActions: actions.length,
    goalValues: values.size,
    decisions: decided.length,
    taskIds,
  });
  return presentStatusMeetings(ctx, course);
}
