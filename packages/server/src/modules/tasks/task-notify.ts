/** Who hears about what happens to a task. */
import type { Transaction } from 'kysely';
import type { Database, NotificationKind } from '../../database/schema';
import { createNotifications } from '../notifications/notification-service';
import { findUnitLeaderIds, findUnitMemberIds } from './task-queries';

type Tx = Transaction<Database>;

export const taskLink = (taskId: string) => `/inbox?task=${taskId}`;

interface TaskFacts {
  readonly id: string;
  readonly title: string;
  readonly unitId: string;
  /** Null for a task about no citizen (a taskforce plan's action). */
  readonly citizenId: string | null;
}

async function factsOf(tx: Tx, taskIds: readonly string[]): Promise<(TaskFacts & { unitName: string })[]> {
  if (taskIds.length === 0) return [];
  return tx
    .selectFrom('tasks as t')
    .innerJoin('units as u', 'u.id', 't.unit_id')
    .select(['t.id', 't.title', 't.unit_id as unitId', 't.citizen_id as citizenId', 'u.name as unitName'])
    .where('t.id', 'in', [...taskIds])
    .execute();
}

/** Tells `userIds` about the task, named by its title and unit (and `text` when there is one). */
async function notifyAboutTask(
  tx: Tx,
  task: TaskFacts & { unitName: string },
  userIds: readonly string[],
  kind: NotificationKind,
  options: { readonly text?: string | undefined; readonly exceptUserId?: string | null },
): Promise<void> {
  const { text, exceptUserId } = options;
  await createNotifications(tx, {
    userIds,
    kind,
    taskId: task.id,
    citizenId: task.citizenId,
    link: taskLink(task.id),
    words: { task: task.title, unit: task.unitName, ...(text !== undefined ? { text } : {}) },
    ...(exceptUserId !== undefined ? { exceptUserId } : {}),
  });
}

/** The members of each task's unit. */
export async function notifyUnitMembers(
  tx: Tx,
  taskIds: readonly string[],
  kind: NotificationKind,
  exceptUserId: string | null,
  text?: string,
): Promise<void> {
  for (const task of await factsOf(tx, taskIds)) {
    await notifyAboutTask(tx, task, await findUnitMemberIds(tx, task.unitId), kind, { text, exceptUserId });
  }
}

export async function notifyUnitLeaders(tx: Tx, taskId: string, kind: NotificationKind, text: string): Promise<void> {
  for (const task of await factsOf(tx, [taskId])) {
    await notifyAboutTask(tx, task, await findUnitLeaderIds(tx, task.unitId), kind, { text });
  }
}

export async function notifyUsers(
  tx: Tx,
  userIds: readonly (string | null)[],
  taskId: string,
  kind: NotificationKind,
  exceptUserId: string | null,
  text?: string,
): Promise<void> {
  const ids = userIds.filter((id): id is string => id !== null);
  if (ids.length === 0) return;
  for (const task of await factsOf(tx, [taskId])) {
    await notifyAboutTask(tx, task, ids, kind, { text, exceptUserId });
  }
}
