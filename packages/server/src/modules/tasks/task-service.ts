/**
 * Working a task: tasks made by hand, and working them (take, release, comment, block naming
 * what it waits for, unblock, done, reopen, checklist, "Housing First haster"). Only members of
 * the task's unit work it; others who may see it (the citizen's caseworker, leaders) read,
 * comment and mark it urgent. Starting a flowcard is flowcard-run-service.ts; reading inboxes,
 * oversight and the citizen's overview is task-inbox-service.ts.
 */
import type { Updateable } from 'kysely';
import type { CitizenTaskOverview, CreateTaskBody, Task } from '@hjemvej/contract';
import { actsForMunicipality } from '@hjemvej/domain';
import type { Database } from '../../database/schema';
import { ConflictError, UnprocessableError } from '../../http/errors';
import { authorize } from '../../access/policy';
import { citizenPolicy } from '../../access/citizen-policy';
import { taskPolicy } from './task-policy';
import type { DataContext } from '../../http/secured-route';
import { describeCitizenRecord } from '../../course/citizen-audit';
import { todayInDenmark } from '../../calendar/danish-time';
import { findCollaborationSettings } from '../collaboration-settings/collaboration-settings-queries';
import { markRunIncomplete, unsafeFindRunStarterId } from './flowcard-run-queries';
import { assertNotFinished, byActor, describeTask, requirePerson, requireTask } from './task-access';
import { answer, presentTask, waitingForTitles } from './task-answers';
import { getCitizenTaskOverview } from './task-inbox-service';
import { notifyUnitMembers, notifyUsers } from './task-notify';
import {
  findAssignableUnitRows,
  insertTask,
  insertTaskEvent,
  readCheckList,
  setCourseUrgent,
  unsafeFindActiveTaskIdsOfPerson,
  unsafeFindLinkedTaskForUpdate,
  unsafeIsCourseUrgent,
  updateTask,
  type TaskRow,
} from './task-queries';
import { manualDueOf, rescheduleCitizen, rescheduleRun } from './task-scheduler';

// ── Tasks by hand ───────────────────────────────────────────────────────────────────────

/** Units a municipality can give tasks to: its own active units and its partners'. */
export async function findAssignableUnits(ctx: DataContext) {
  if (!actsForMunicipality(ctx.actor)) return [];
  return findAssignableUnitRows(ctx.tx, ctx.actor.organisationId);
}

export async function listTaskUnits(ctx: DataContext) {
  return { items: await findAssignableUnits(ctx) };
}

export async function createTask(ctx: DataContext, citizenId: string, body: CreateTaskBody): Promise<Task> {
  const person = await requirePerson(ctx, citizenId, true);
  authorize(ctx, citizenPolicy.createTasks, person.root);
  const units = await findAssignableUnits(ctx);
  if (!units.some((unit) => unit.id === body.unitId)) throw new UnprocessableError('task_unit_not_allowed', 'unitId');
  const today = todayInDenmark();
  if (body.dueOn !== undefined && body.dueOn < today) throw new UnprocessableError('task_due_in_past', 'dueOn');
  const settings = await findCollaborationSettings(ctx.tx, ctx.actor.organisationId);
  const isUrgent = body.isUrgent ?? false;
  const courseUrgent = await unsafeIsCourseUrgent(ctx.tx, person.root.id);
  const normalDue = body.dueOn ?? null;
  const now = new Date();
  const id = await insertTask(ctx.tx, {
    organisation_id: ctx.actor.organisationId,
    citizen_id: person.root.id,
    unit_id: body.unitId,
    title: body.title,
    description: body.description ?? '',
    status: 'open',
    is_urgent: isUrgent,
    due_on: manualDueOf(normalDue, today, isUrgent || courseUrgent, settings.urgentDeadlineWorkingDays),
    normal_due_on: normalDue,
    checklist: JSON.stringify((body.checklist ?? []).map((label) => ({ label, done: false }))),
    opened_at: now,
    created_by_user_id: ctx.actor.userId,
  });
  await insertTaskEvent(ctx.tx, id, 'created', byActor(ctx));
  await notifyUnitMembers(ctx.tx, [id], isUrgent ? 'task_urgent' : 'task_opened', ctx.actor.userId);
  describeCitizenRecord(ctx, person, 'task', id, { unitId: body.unitId, dueOn: normalDue, isUrgent });
  return answer(ctx, id);
}

/**
 * A task about no citizen, taken for a named user of the task's municipality: a taskforce
 * development plan's action (modules/taskforce). The caller has authorised the work the task
 * comes from and found the owner among the members of `unitId`; the task is then seen like any
 * other (its unit's members and the organisation's leaders, `whereTaskVisible`), sits in the
 * owner's inbox as theirs, and the owner is told. Its own audit event is written beside the
 * caller's.
 */
export async function systemCreateOwnedTask(
  ctx: DataContext,
  values: {
    readonly organisationId: string;
    readonly unitId: string;
    readonly owner: { readonly id: string; readonly name: string };
    readonly title: string;
    readonly description: string;
    readonly dueOn: string;
    readonly linkedRecord: { readonly type: string; readonly id: string };
  },
): Promise<string> {
  const id = await insertTask(ctx.tx, {
    organisation_id: values.organisationId,
    citizen_id: null,
    unit_id: values.unitId,
    title: values.title,
    description: values.description,
    status: 'in_progress',
    assignee_user_id: values.owner.id,
    due_on: values.dueOn,
    normal_due_on: values.dueOn,
    opened_at: new Date(),
    created_by_user_id: ctx.actor.userId,
    linked_record_type: values.linkedRecord.type,
    linked_record_id: values.linkedRecord.id,
  });
  await insertTaskEvent(ctx.tx, id, 'created', byActor(ctx));
  await insertTaskEvent(ctx.tx, id, 'taken', byActor(ctx), values.owner.name);
  await notifyUsers(ctx.tx, [values.owner.id], id, 'task_assigned', ctx.actor.userId);
  ctx.audit({
    action: 'task.create',
    subjectType: 'task',
    subjectId: id,
    dataOrganisationId: values.organisationId,
    changes: { unitId: values.unitId, assigneeId: values.owner.id, dueOn: values.dueOn, linkedRecord: values.linkedRecord.type },
  });
  return id;
}

/**
 * The linked record of a task made by `systemCreateOwnedTask` changed: its open task follows
 * (title, due date, owner and the owner's unit), the owner's history saying so. A task already
 * done or cancelled is history and stays as it was (false then).
 */
export async function systemUpdateOwnedTask(
  ctx: DataContext,
  taskId: string,
  values: {
    readonly unitId: string;
    readonly owner: { readonly id: string; readonly name: string };
    readonly title: string;
    readonly dueOn: string;
  },
): Promise<boolean> {
  const row = await unsafeFindLinkedTaskForUpdate(ctx.tx, taskId);
  if (!row || row.status === 'done' || row.status === 'cancelled') return false;
  const ownerChanged = row.assigneeId !== values.owner.id;
  const dueChanged = row.dueOn !== values.dueOn;
  if (!ownerChanged && !dueChanged && row.title === values.title && row.unitId === values.unitId) return true;
  await updateTask(ctx.tx, row.id, {
    title: values.title,
    unit_id: values.unitId,
    assignee_user_id: values.owner.id,
    due_on: values.dueOn,
    normal_due_on: values.dueOn,
  });
  if (dueChanged) await insertTaskEvent(ctx.tx, row.id, 'due_changed', byActor(ctx), values.dueOn);
  if (ownerChanged) {
    await insertTaskEvent(ctx.tx, row.id, 'taken', byActor(ctx), values.owner.name);
    await notifyUsers(ctx.tx, [values.owner.id], row.id, 'task_assigned', ctx.actor.userId);
  }
  ctx.audit({
    action: 'task.update',
    subjectType: 'task',
    subjectId: row.id,
    dataOrganisationId: row.organisationId,
    changes: {
      ...(ownerChanged ? { assigneeId: { from: row.assigneeId, to: values.owner.id } } : {}),
      ...(dueChanged ? { dueOn: { from: row.dueOn, to: values.dueOn } } : {}),
      ...(row.unitId !== values.unitId ? { unitId: { from: row.unitId, to: values.unitId } } : {}),
      ...(row.title !== values.title ? { title: 'changed' } : {}),
    },
  });
  return true;
}

/**
 * The linked record of a task made by `systemCreateOwnedTask` is gone, or no longer a task: its
 * open task is cancelled (kept with its history, the reason its last event). A task already done
 * or cancelled stays as it was (false then).
 */
export async function systemCancelOwnedTask(ctx: DataContext, taskId: string, reason: string): Promise<boolean> {
  const row = await unsafeFindLinkedTaskForUpdate(ctx.tx, taskId);
  if (!row || row.status === 'done' || row.status === 'cancelled') return false;
  await updateTask(ctx.tx, row.id, { status: 'cancelled', blocked_waiting_for: null });
  await insertTaskEvent(ctx.tx, row.id, 'cancelled', byActor(ctx), reason);
  ctx.audit({
    action: 'task.cancel',
    subjectType: 'task',
    subjectId: row.id,
    dataOrganisationId: row.organisationId,
    changes: { status: { from: row.status, to: 'cancelled' } },
  });
  return true;
}

// ── Reading one task ────────────────────────────────────────────────────────────────────

export async function getTask(ctx: DataContext, taskId: string): Promise<Task> {
  const row = await requireTask(ctx, taskId);
  describeTask(ctx, row);
  return presentTask(ctx, row);
}

// ── Working a task ──────────────────────────────────────────────────────────────────────

async function touch(ctx: DataContext, taskId: string, values: Updateable<Database['tasks']>): Promise<void> {
  await updateTask(ctx.tx, taskId, values);
}

export async function takeTask(ctx: DataContext, taskId: string): Promise<Task> {
  const row = await requireTask(ctx, taskId, true);
  authorize(ctx, taskPolicy.work, row);
  await assertNotFinished(ctx, row);
  if (row.status === 'waiting') throw await waitingError(ctx, row);
  if (row.assigneeId === ctx.actor.userId) throw new ConflictError('task_already_yours', 'status');
  const previous = row.assigneeId;
  await touch(ctx, row.id, { assignee_user_id: ctx.actor.userId, status: row.status === 'blocked' ? 'blocked' : 'in_progress' });
  await insertTaskEvent(ctx.tx, row.id, 'taken', byActor(ctx), row.assigneeName);
  await notifyUsers(ctx.tx, [previous], row.id, 'task_assigned', ctx.actor.userId);
  describeTask(ctx, row, { assignee: { from: previous, to: ctx.actor.userId } });
  return answer(ctx, row.id);
}

export async function releaseTask(ctx: DataContext, taskId: string): Promise<Task> {
  const row = await requireTask(ctx, taskId, true);
  authorize(ctx, taskPolicy.work, row);
  await assertNotFinished(ctx, row);
  if (row.assigneeId === null) throw new ConflictError('task_not_taken', 'status');
  await touch(ctx, row.id, { assignee_user_id: null, status: row.status === 'in_progress' ? 'open' : row.status });
  await insertTaskEvent(ctx.tx, row.id, 'released', byActor(ctx));
  describeTask(ctx, row, { assignee: { from: row.assigneeId, to: null } });
  return answer(ctx, row.id);
}

export async function commentOnTask(ctx: DataContext, taskId: string, text: string): Promise<Task> {
  const row = await requireTask(ctx, taskId, true);
  await insertTaskEvent(ctx.tx, row.id, 'comment', byActor(ctx), text);
  await touch(ctx, row.id, {});
  await notifyUsers(ctx.tx, [row.assigneeId, row.createdById], row.id, 'task_comment', ctx.actor.userId);
  describeTask(ctx, row, { comment: true });
  return answer(ctx, row.id);
}

export async function blockTask(
  ctx: DataContext,
  taskId: string,
  body: { waitingFor: string; comment?: string | undefined },
): Promise<Task> {
  const row = await requireTask(ctx, taskId, true);
  authorize(ctx, taskPolicy.work, row);
  await assertNotFinished(ctx, row);
  if (row.status === 'waiting') throw await waitingError(ctx, row);
  if (row.status === 'blocked') throw new ConflictError('task_already_blocked', 'status');
  await touch(ctx, row.id, { status: 'blocked', blocked_waiting_for: body.waitingFor });
  await insertTaskEvent(
    ctx.tx,
    row.id,
    'blocked',
    byActor(ctx),
    body.comment ? `${body.waitingFor}\n\n${body.comment}` : body.waitingFor,
  );
  const starterId = row.runId ? await unsafeFindRunStarterId(ctx.tx, row.runId) : null;
  await notifyUsers(ctx.tx, [starterId, row.createdById], row.id, 'task_blocked', ctx.actor.userId, body.waitingFor);
  describeTask(ctx, row, { status: { from: row.status, to: 'blocked' } });
  return answer(ctx, row.id);
}

export async function unblockTask(ctx: DataContext, taskId: string): Promise<Task> {
  const row = await requireTask(ctx, taskId, true);
  authorize(ctx, taskPolicy.work, row);
  await assertNotFinished(ctx, row);
  if (row.status !== 'blocked') throw new ConflictError('task_not_blocked', 'status');
  const status = row.assigneeId ? 'in_progress' : 'open';
  await touch(ctx, row.id, { status, blocked_waiting_for: null });
  await insertTaskEvent(ctx.tx, row.id, 'unblocked', byActor(ctx));
  describeTask(ctx, row, { status: { from: 'blocked', to: status } });
  return answer(ctx, row.id);
}

async function waitingError(ctx: DataContext, row: TaskRow): Promise<UnprocessableError> {
  const steps = await waitingForTitles(ctx, row);
  return new UnprocessableError('task_waiting_for', 'status', { steps: steps.join(', ') || '–' });
}

export async function completeTask(ctx: DataContext, taskId: string, body: { comment?: string | undefined }): Promise<Task> {
  const row = await requireTask(ctx, taskId, true);
  authorize(ctx, taskPolicy.work, row);
  await assertNotFinished(ctx, row);
  if (row.status === 'waiting') throw await waitingError(ctx, row);
  const now = new Date();
  await touch(ctx, row.id, {
    status: 'done',
    done_at: now,
    done_by_user_id: ctx.actor.userId,
    blocked_waiting_for: null,
    assignee_user_id: row.assigneeId ?? ctx.actor.userId,
  });
  await insertTaskEvent(ctx.tx, row.id, 'done', byActor(ctx), body.comment || null);
  if (row.runId) {
    const opened = await rescheduleRun(ctx.tx, row.runId, now);
    await notifyUnitMembers(ctx.tx, opened, 'task_opened', ctx.actor.userId);
  }
  // Finishing with points not ticked is allowed (the web asks first); the audit says how many.
  const uncheckedItems = [...readCheckList(row.checklist), ...readCheckList(row.requiredDocuments)].filter(
    (item) => !item.done,
  ).length;
  describeTask(ctx, row, { status: { from: row.status, to: 'done' }, uncheckedItems });
  return answer(ctx, row.id);
}

export async function reopenTask(ctx: DataContext, taskId: string, reason: string): Promise<Task> {
  const row = await requireTask(ctx, taskId, true);
  authorize(ctx, taskPolicy.reopen, row);
  if (row.status !== 'done') throw new ConflictError('task_not_done', 'status');
  const status = row.assigneeId ? 'in_progress' : 'open';
  await touch(ctx, row.id, { status, done_at: null, done_by_user_id: null, linked_record_type: null, linked_record_id: null });
  if (row.runId) await markRunIncomplete(ctx.tx, row.runId);
  await insertTaskEvent(ctx.tx, row.id, 'reopened', byActor(ctx), reason);
  describeTask(ctx, row, { status: { from: 'done', to: status } });
  return answer(ctx, row.id);
}

export async function tickChecklist(
  ctx: DataContext,
  taskId: string,
  index: number,
  body: { done: boolean; list: 'checklist' | 'requiredDocuments' },
): Promise<Task> {
  const row = await requireTask(ctx, taskId, true);
  authorize(ctx, taskPolicy.work, row);
  await assertNotFinished(ctx, row);
  const list = readCheckList(body.list === 'checklist' ? row.checklist : row.requiredDocuments);
  const item = list[index];
  if (!item) throw new UnprocessableError('checklist_item_missing', 'index', { count: list.length });
  list[index] = { ...item, done: body.done };
  await touch(
    ctx,
    row.id,
    body.list === 'checklist' ? { checklist: JSON.stringify(list) } : { required_documents: JSON.stringify(list) },
  );
  describeTask(ctx, row, { [body.list]: { index, done: body.done } });
  return answer(ctx, row.id);
}

/** "Housing First haster" on one task: who may see it in the municipality, or its unit's members. */
export async function setTaskUrgent(ctx: DataContext, taskId: string, urgent: boolean): Promise<Task> {
  const row = await requireTask(ctx, taskId, true);
  authorize(ctx, taskPolicy.markUrgent, row);
  await assertNotFinished(ctx, row);
  if (row.isTaskUrgent === urgent) {
    describeTask(ctx, row, { isUrgent: urgent, unchanged: true });
    return answer(ctx, row.id);
  }
  await touch(ctx, row.id, { is_urgent: urgent });
  await insertTaskEvent(ctx.tx, row.id, urgent ? 'urgent_set' : 'urgent_cleared', byActor(ctx));
  if (row.runId) await rescheduleRun(ctx.tx, row.runId);
  else {
    const settings = await findCollaborationSettings(ctx.tx, row.organisationId);
    const opened = todayInDenmark(row.openedAt ?? row.createdAt);
    const due = manualDueOf(row.normalDueOn, opened, urgent || row.isCourseUrgent, settings.urgentDeadlineWorkingDays);
    await touch(ctx, row.id, { due_on: due });
  }
  if (urgent) await notifyUnitMembers(ctx.tx, [row.id], 'task_urgent', ctx.actor.userId);
  describeTask(ctx, row, { isUrgent: { from: !urgent, to: urgent } });
  return answer(ctx, row.id);
}

/** "Housing First haster" on the citizen's whole course: every task gets the shorter deadline. */
export async function setCitizenUrgent(ctx: DataContext, citizenId: string, urgent: boolean): Promise<CitizenTaskOverview> {
  const person = await requirePerson(ctx, citizenId, true);
  authorize(ctx, citizenPolicy.writeCourse, person.root);
  const current = await unsafeIsCourseUrgent(ctx.tx, person.root.id);
  if (current !== urgent) {
    await setCourseUrgent(ctx.tx, person.root.id, urgent ? ctx.actor.userId : null);
    await rescheduleCitizen(ctx.tx, person.recordIds, ctx.actor.organisationId);
    if (urgent) {
      const active = await unsafeFindActiveTaskIdsOfPerson(ctx.tx, person.recordIds);
      await notifyUnitMembers(ctx.tx, active, 'task_urgent', ctx.actor.userId);
    }
  }
  const overview = await getCitizenTaskOverview(ctx, citizenId);
  describeCitizenRecord(ctx, person, 'citizen', person.root.id, { isUrgent: { from: current, to: urgent } });
  return overview;
}
