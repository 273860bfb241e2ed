/**
 * SQL for in-app notifications. Every read and change is the owner's own: each function takes
 * the user id and filters on it, so a user only ever sees and marks their own notifications.
 */
import type { Insertable, Transaction } from 'kysely';
import type { Database } from '../../database/schema';

type Tx = Transaction<Database>;

/**
 * The active users among `userIds`, with their language. System read (no actor scope): the
 * recipients of a notification are chosen by the calling module, which has already scoped them.
 */
export async function systemFindActiveRecipients(tx: Tx, userIds: readonly string[]) {
  return tx
    .selectFrom('users')
    .select(['id', 'locale'])
    .where('id', 'in', [...userIds])
    .where('is_active', '=', true)
    .execute();
}

export async function insertNotifications(tx: Tx, values: readonly Insertable<Database['notifications']>[]): Promise<void> {
  await tx
    .insertInto('notifications')
    .values([...values])
    .execute();
}

export async function countUnreadNotifications(tx: Tx, userId: string): Promise<number> {
  const row = await tx
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The user's notifications, newest first. */
export async function findNotificationsOfUser(
  tx: Tx,
  userId: string,
  query: { unreadOnly?: boolean | undefined; limit: number },
) {
  let select = tx
    .selectFrom('notifications')
    .select(['id', 'kind', 'title', 'body', 'link', 'task_id as taskId', 'created_at as createdAt', 'read_at as readAt'])
    .where('user_id', '=', userId);
  if (query.unreadOnly) select = select.where('read_at', 'is', null);
  return select.orderBy('created_at', 'desc').orderBy('id').limit(query.limit).execute();
}

/** Marks the user's unread notifications read: all of them, or those among `ids`; returns how many. */
export async function updateNotificationsRead(
  tx: Tx,
  userId: string,
  body: { ids?: string[] | undefined; all?: boolean | undefined },
): Promise<number> {
  let update = tx
    .updateTable('notifications')
    .set({ read_at: new Date() })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null);
  if (!body.all)
    update = update.where('id', 'in', body.ids && body.ids.length > 0 ? body.ids : ['00000000-0000-4000-8000-000000000000']);
  const result = await update.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
