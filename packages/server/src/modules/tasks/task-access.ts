/**
 * Who may work a task, shared by the task services: the person or task in the actor's scope
 * (404 otherwise), membership of the task's unit (403 naming it), and finished tasks refusing
 * further work (409 naming who finished them and when).
 */
import { ConflictError, requireFound } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { requirePerson as requirePersonOf } from '../../course/person-reads';
import type { Person } from '../../course/person-queries';
import { formatMoment } from '../../calendar/danish-time';
import { findTaskRow, lockTask, unsafeFindDoneByName, type TaskRow } from './task-queries';

export const byActor = (ctx: DataContext) => ({ userId: ctx.actor.userId, name: ctx.actor.displayName });

/** The person in the tasks' category of need-to-know. */
export function requirePerson(ctx: DataContext, citizenId: string, forUpdate = false): Promise<Person> {
  return requirePersonOf(ctx, citizenId, { forUpdate, category: 'tasks' });
}

/** The task, visible to the actor, locked for the change. */
export async function requireTask(ctx: DataContext, taskId: string, forUpdate = false): Promise<TaskRow> {
  if (forUpdate) await lockTask(ctx.tx, taskId);
  const row = requireFound(await findTaskRow(ctx.tx, ctx.actor, taskId));
  return row;
}

/** Finished tasks refuse further work, naming who finished them and when. */
export async function assertNotFinished(ctx: DataContext, row: TaskRow): Promise<void> {
  if (row.status === 'cancelled') throw new ConflictError('task_cancelled', 'status');
  if (row.status !== 'done') return;
  const doneBy = await unsafeFindDoneByName(ctx.tx, row.id);
  throw new TaskConflict('task_already_done', {
    name: doneBy ?? (ctx.locale === 'da' ? 'borgerens forløb' : 'the citizen’s course'),
    when: row.doneAt ? formatMoment(ctx.locale, row.doneAt) : '',
  });
}

class TaskConflict extends ConflictError {
  constructor(code: ConstructorParameters<typeof ConflictError>[0], params: Record<string, string>) {
    super(code, 'status');
    Object.assign(this.params, params);
    Object.assign(this.fields[0]?.params ?? {}, params);
  }
}

export function describeTask(ctx: DataContext, row: TaskRow, changes: Record<string, unknown> = {}): void {
  ctx.describe({
    subjectType: 'task',
    subjectId: row.id,
    citizenId: row.citizenId,
    dataOrganisationId: row.organisationId,
    changes: { unitId: row.unitId, status: row.status, ...changes },
  });
}
