/**
 * Keeps a started flowcard's tasks in step with the domain's schedule: later steps open as
 * earlier ones finish (waiting → open, and their units are told), due dates follow urgency,
 * and the run is complete when every task is. System work inside the caller's transaction:
 * it follows from a change the caller was allowed to make.
 */
import type { Transaction } from 'kysely';
import { scheduleTasks, urgentDueOf, type IsoDate } from '@hjemvej/domain';
import type { Database } from '../../database/schema';
import { todayInDenmark } from '../../calendar/danish-time';
import { findCollaborationSettings } from '../collaboration-settings/collaboration-settings-queries';
import { readFlowcardSteps } from './flowcard-steps';
import { insertTaskEvent } from './task-queries';

type Tx = Transaction<Database>;

const isActive = (status: string) => status !== 'done' && status !== 'cancelled';

/** Re-plans one run; returns the tasks that just opened (for notifications). */
export async function rescheduleRun(tx: Tx, runId: string, now: Date = new Date()): Promise<string[]> {
  const run = await tx
    .selectFrom('flowcard_runs as r')
    .innerJoin('flowcard_versions as v', (join) =>
      join.onRef('v.flowcard_id', '=', 'r.flowcard_id').onRef('v.version', '=', 'r.flowcard_version'),
    )
    .innerJoin('citizens as c', 'c.id', 'r.citizen_id')
    .select([
      'r.id',
      'r.organisation_id as organisationId',
      'r.started_on as startedOn',
      'r.completed_at as completedAt',
      'r.cancelled_at as cancelledAt',
      'v.steps',
      'c.housing_first_urgent_since as urgentSince',
    ])
    .where('r.id', '=', runId)
    .executeTakeFirst();
  if (!run || run.cancelledAt !== null) return [];
  const steps = readFlowcardSteps(run.steps) ?? [];
  const tasks = await tx
    .selectFrom('tasks')
    .select(['id', 'step_key', 'status', 'due_on', 'normal_due_on', 'is_urgent', 'opened_at', 'done_at'])
    .where('flowcard_run_id', '=', runId)
    .execute();
  const doneOn = new Map<string, IsoDate>();
  const openedOn = new Map<string, IsoDate>();
  const urgentStepKeys = new Set<string>();
  for (const task of tasks) {
    if (task.step_key === null) continue;
    if (task.done_at !== null) doneOn.set(task.step_key, todayInDenmark(task.done_at));
    if (task.opened_at !== null) openedOn.set(task.step_key, todayInDenmark(task.opened_at));
    if (task.is_urgent) urgentStepKeys.add(task.step_key);
  }
  const settings = await findCollaborationSettings(tx, run.organisationId);
  const scheduled = scheduleTasks({
    steps,
    startedOn: run.startedOn,
    doneOn,
    openedOn,
    urgentStepKeys,
    courseIsUrgent: run.urgentSince !== null,
    urgentDeadlineWorkingDays: settings.urgentDeadlineWorkingDays,
  });
  const opened: string[] = [];
  for (const task of tasks) {
    if (!isActive(task.status)) continue;
    const step = scheduled.find((s) => s.key === task.step_key);
    if (!step) continue;
    const opens = task.status === 'waiting' && step.status === 'open';
    const dueChanged = step.dueOn !== task.due_on || step.normalDueOn !== task.normal_due_on;
    if (!opens && !dueChanged) continue;
    await tx
      .updateTable('tasks')
      .set((eb) => ({
        ...(opens ? { status: 'open' as const, opened_at: now } : {}),
        due_on: step.dueOn,
        normal_due_on: step.normalDueOn,
        updated_at: now,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', task.id)
      .execute();
    if (opens) {
      await insertTaskEvent(tx, task.id, 'opened', { userId: null, name: null });
      opened.push(task.id);
    } else if (task.status !== 'waiting' && step.dueOn !== task.due_on) {
      await insertTaskEvent(tx, task.id, 'due_changed', { userId: null, name: null }, step.dueOn);
    }
  }
  const allFinished = tasks.every((task) => !isActive(task.status) || false);
  if (allFinished && run.completedAt === null) {
    await tx.updateTable('flowcard_runs').set({ completed_at: now }).where('id', '=', runId).execute();
  }
  return opened;
}

/** A hand-made task's due date after its urgency changed. */
export function manualDueOf(
  normalDueOn: IsoDate | null,
  openedOn: IsoDate,
  isUrgent: boolean,
  urgentDeadlineWorkingDays: number,
): IsoDate | null {
  return isUrgent ? urgentDueOf(normalDueOn, openedOn, urgentDeadlineWorkingDays) : normalDueOn;
}

/** After the citizen's course urgency changed: every active task of the person gets its deadline again. */
export async function rescheduleCitizen(
  tx: Tx,
  recordIds: readonly string[],
  organisationId: string,
  now: Date = new Date(),
): Promise<void> {
  if (recordIds.length === 0) return;
  const runs = await tx
    .selectFrom('flowcard_runs')
    .select('id')
    .where('citizen_id', 'in', [...recordIds])
    .where('completed_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .execute();
  for (const run of runs) await rescheduleRun(tx, run.id, now);
  const settings = await findCollaborationSettings(tx, organisationId);
  const manual = await tx
    .selectFrom('tasks as t')
    .innerJoin('citizens as c', 'c.id', 't.citizen_id')
    .select([
      't.id',
      't.due_on',
      't.normal_due_on',
      't.is_urgent',
      't.opened_at',
      't.created_at',
      'c.housing_first_urgent_since as urgentSince',
    ])
    .where('t.citizen_id', 'in', [...recordIds])
    .where('t.flowcard_run_id', 'is', null)
    .where('t.status', 'in', ['open', 'in_progress', 'blocked'])
    .execute();
  for (const task of manual) {
    const due = manualDueOf(
      task.normal_due_on,
      todayInDenmark(task.opened_at ?? task.created_at),
      task.is_urgent || task.urgentSince !== null,
      settings.urgentDeadlineWorkingDays,
    );
    if (due === task.due_on) continue;
    await tx
      .updateTable('tasks')
      .set((eb) => ({ due_on: due, updated_at: now, version: eb('version', '+', 1) }))
      .where('id', '=', task.id)
      .execute();
    await insertTaskEvent(tx, task.id, 'due_changed', { userId: null, name: null }, due);
  }
}
