/**
 * The answers of the task routes that need more than the task's row: the task with its
 * history and what it waits for, and the runs shown beside a citizen's tasks. (Pure row →
 * API presenters live beside the row type in task-queries.ts.)
 */
import type { FlowcardRun, Task } from '@hjemvej/contract';
import { requireFound } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { todayInDenmark } from '../../calendar/danish-time';
import { unsafeFindRunRows, unsafeFindRunSteps } from './flowcard-run-queries';
import { readFlowcardSteps } from './flowcard-steps';
import {
  findTaskEvents,
  findTaskRow,
  presentTaskSummary,
  readCheckList,
  unsafeFindPendingStepTasks,
  type TaskRow,
} from './task-queries';

/** The task as it is now (after a change). */
export async function answer(ctx: DataContext, taskId: string): Promise<Task> {
  const row = requireFound(await findTaskRow(ctx.tx, ctx.actor, taskId));
  return presentTask(ctx, row);
}

export async function presentTask(ctx: DataContext, row: TaskRow): Promise<Task> {
  const summary = presentTaskSummary(row, ctx.actor, todayInDenmark());
  return {
    ...summary,
    description: row.description,
    checklist: readCheckList(row.checklist),
    requiredDocuments: readCheckList(row.requiredDocuments),
    waitingForSteps: row.status === 'waiting' ? await waitingForTitles(ctx, row) : [],
    events: await findTaskEvents(ctx.tx, row.id),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Titles of the steps a waiting task waits for, with the unit that has them. */
export async function waitingForTitles(ctx: DataContext, row: Pick<TaskRow, 'runId' | 'stepKey'>): Promise<string[]> {
  if (row.runId === null || row.stepKey === null) return [];
  const step = (readFlowcardSteps(await unsafeFindRunSteps(ctx.tx, row.runId)) ?? []).find((s) => s.key === row.stepKey);
  if (!step || step.dependsOn.length === 0) return [];
  const pending = await unsafeFindPendingStepTasks(ctx.tx, row.runId, step.dependsOn);
  return pending.map((p) => `${p.title} (${p.unitName})`);
}

export async function presentRuns(ctx: DataContext, runIds: readonly string[]): Promise<FlowcardRun[]> {
  const rows = await unsafeFindRunRows(ctx.tx, runIds);
  return rows.map((row) => ({
    ...row,
    completedAt: row.completedAt ? row.completedAt.toISOString() : null,
    cancelledAt: row.cancelledAt ? row.cancelledAt.toISOString() : null,
  }));
}
