/**
 * Flowcard runs: the flowcards a municipality may start for a citizen, and starting one (a
 * task for each step's unit, scheduled; steps the course already shows as done are marked so
 * at once by the course signals, `course-signals.ts`, which also follow every later change).
 */
import type { StartableFlowcards, StartedFlowcard } from '@hjemvej/contract';
import { scheduleTasks } from '@hjemvej/domain';
import { actsForMunicipality } from '@hjemvej/domain';
import { ConflictError, NotFoundError, UnprocessableError } from '../../http/errors';
import { authorize } from '../../access/policy';
import { citizenPolicy } from '../../access/citizen-policy';
import type { DataContext } from '../../http/secured-route';
import { describeCitizenRecord } from '../../course/citizen-audit';
import { todayInDenmark } from '../../calendar/danish-time';
import { findCollaborationSettings } from '../collaboration-settings/collaboration-settings-queries';
import { syncCourseSignals } from './course-signals';
import { findCurrentFlowcard, findStartableFlowcards, insertFlowcardRun, unsafeFindRunningRun } from './flowcard-run-queries';
import { readFlowcardSteps } from './flowcard-steps';
import { byActor, requirePerson } from './task-access';
import { presentRuns } from './task-answers';
import { notifyUnitMembers } from './task-notify';
import {
  findOpenTaskIdsOfRun,
  insertTask,
  insertTaskEvent,
  presentTaskSummary,
  selectTasks,
  unsafeIsCourseUrgent,
} from './task-queries';
import { findAssignableUnits } from './task-service';

export async function listStartableFlowcards(ctx: DataContext): Promise<StartableFlowcards> {
  if (!actsForMunicipality(ctx.actor)) return { items: [] };
  const rows = await findStartableFlowcards(ctx.tx, ctx.actor.organisationId);
  return {
    items: rows.map((row) => ({
      id: row.id,
      name: row.name,
      version: row.version,
      stepCount: readFlowcardSteps(row.steps)?.length ?? 0,
    })),
  };
}

export async function startFlowcard(
  ctx: DataContext,
  citizenId: string,
  body: { flowcardId: string; startedOn?: string | undefined },
): Promise<StartedFlowcard> {
  const person = await requirePerson(ctx, citizenId, true);
  authorize(ctx, citizenPolicy.writeCourse, person.root);
  const today = todayInDenmark();
  const startedOn = body.startedOn ?? today;
  if (startedOn > today) throw new UnprocessableError('date_in_future', 'startedOn');
  const flowcard = await findCurrentFlowcard(ctx.tx, ctx.actor.organisationId, body.flowcardId);
  if (!flowcard) throw new UnprocessableError('flowcard_not_found', 'flowcardId');
  if (flowcard.isArchived) throw new UnprocessableError('flowcard_archived', 'flowcardId', { name: flowcard.name });
  const steps = readFlowcardSteps(flowcard.steps);
  if (!steps || steps.length === 0) throw new UnprocessableError('flowcard_without_steps', 'flowcardId', { name: flowcard.name });
  if (await unsafeFindRunningRun(ctx.tx, person.recordIds, flowcard.id)) {
    throw new ConflictError('flowcard_already_running', 'flowcardId');
  }
  // Every step's unit must still be one the municipality can give work to.
  const allowed = new Set((await findAssignableUnits(ctx)).map((unit) => unit.id));
  const missing = steps.find((step) => !allowed.has(step.responsibleUnitId));
  if (missing) throw new UnprocessableError('flowcard_unit_unavailable', 'flowcardId', { step: missing.title });

  const settings = await findCollaborationSettings(ctx.tx, ctx.actor.organisationId);
  const now = new Date();
  const courseIsUrgent = await unsafeIsCourseUrgent(ctx.tx, person.root.id);
  const schedule = scheduleTasks({
    steps,
    startedOn,
    doneOn: new Map(),
    courseIsUrgent,
    urgentDeadlineWorkingDays: settings.urgentDeadlineWorkingDays,
  });
  const runId = await insertFlowcardRun(ctx.tx, {
    organisation_id: ctx.actor.organisationId,
    flowcard_id: flowcard.id,
    flowcard_version: flowcard.version,
    citizen_id: person.root.id,
    started_on: startedOn,
    started_by_user_id: ctx.actor.userId,
  });
  const taskIds: string[] = [];
  for (const step of steps) {
    const planned = schedule.find((s) => s.key === step.key);
    const status = planned?.status === 'open' ? 'open' : 'waiting';
    const id = await insertTask(ctx.tx, {
      organisation_id: ctx.actor.organisationId,
      citizen_id: person.root.id,
      unit_id: step.responsibleUnitId,
      flowcard_run_id: runId,
      step_key: step.key,
      title: step.title.slice(0, 200),
      description: [step.description, step.notes].filter(Boolean).join('\n\n').slice(0, 4000),
      status,
      due_on: planned?.dueOn ?? null,
      normal_due_on: planned?.normalDueOn ?? null,
      checklist: JSON.stringify(step.checklist.map((label) => ({ label, done: false }))),
      required_documents: JSON.stringify(step.requiredDocuments.map((label) => ({ label, done: false }))),
      opened_at: status === 'open' ? now : null,
      created_by_user_id: ctx.actor.userId,
    });
    await insertTaskEvent(ctx.tx, id, 'created', byActor(ctx), flowcard.name);
    taskIds.push(id);
  }
  // Steps the course already shows as done are marked done with a link; later steps open.
  const markedDone = new Set(await syncCourseSignals(ctx.tx, person.root.id, now));
  await notifyUnitMembers(ctx.tx, await findOpenTaskIdsOfRun(ctx.tx, runId), 'task_opened', ctx.actor.userId);
  describeCitizenRecord(ctx, person, 'flowcard_run', runId, {
    flowcardId: flowcard.id,
    version: flowcard.version,
    startedOn,
    tasks: taskIds.length,
    doneFromCourse: markedDone.size,
  });
  const rows = await selectTasks(ctx.tx, ctx.actor).where('t.flowcard_run_id', '=', runId).execute();
  const order = new Map(steps.map((step, index) => [step.key, index]));
  rows.sort((a, b) => (order.get(a.stepKey ?? '') ?? 0) - (order.get(b.stepKey ?? '') ?? 0));
  const runView = (await presentRuns(ctx, [runId]))[0];
  if (!runView) throw new NotFoundError();
  return { run: runView, tasks: rows.map((row) => presentTaskSummary(row, ctx.actor, todayInDenmark())) };
}
