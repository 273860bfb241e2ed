/**
 * In-app notifications: written by other modules through `createNotifications` (in the
 * caller's transaction, in each recipient's language), read and marked read by their owner.
 * E-mail is sent later from the outbox (`email-outbox.ts`) when SMTP is configured.
 */
import type { Transaction } from 'kysely';
import type { Notification, NotificationList } from '@hjemvej/contract';
import type { DataContext } from '../../http/secured-route';
import type { Database, NotificationKind } from '../../database/schema';
import { notificationText, type NotificationWords } from './notification-texts';

type Tx = Transaction<Database>;

export interface NotificationInput {
  /** Recipients; inactive users and `exceptUserId` are left out. */
  readonly userIds: readonly string[];
  readonly kind: NotificationKind;
  readonly taskId?: string | null;
  readonly citizenId?: string | null;
  /** In-app path, e.g. /inbox?task=… */
  readonly link?: string | null;
  readonly words?: NotificationWords;
  /** The user who caused it (not notified of their own action). */
  readonly exceptUserId?: string | null;
}

/** Writes one notification per active recipient, in their language; returns how many. */
export async function createNotifications(tx: Tx, input: NotificationInput): Promise<number> {
  const ids = [...new Set(input.userIds)].filter((id) => id !== input.exceptUserId);
  if (ids.length === 0) return 0;
  const recipients = await tx
    .selectFrom('users')
    .select(['id', 'locale'])
    .where('id', 'in', ids)
    .where('is_active', '=', true)
    .execute();
  if (recipients.length === 0) return 0;
  await tx
    .insertInto('notifications')
    .values(
      recipients.map((user) => {
        const text = notificationText(user.locale, input.kind, input.words ?? {});
        return {
          user_id: user.id,
          kind: input.kind,
          task_id: input.taskId ?? null,
          citizen_id: input.citizenId ?? null,
          title: text.title,
          body: text.body,
          link: input.link ?? null,
        };
      }),
    )
    .execute();
  return recipients.length;
}

async function unreadCountOf(tx: Tx, userId: string): Promise<number> {
  const row = await tx
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listNotifications(
  ctx: DataContext,
  query: { unreadOnly?: boolean | undefined; limit: number },
): Promise<NotificationList> {
  let select = ctx.tx
    .selectFrom('notifications')
    .select(['id', 'kind', 'title', 'body', 'link', 'task_id as taskId', 'created_at as createdAt', 'read_at as readAt'])
    .where('user_id', '=', ctx.actor.userId);
  if (query.unreadOnly) select = select.where('read_at', 'is', null);
  const rows = await select.orderBy('created_at', 'desc').orderBy('id').limit(query.limit).execute();
  const unread = await unreadCountOf(ctx.tx, ctx.actor.userId);
  ctx.describe({ subjectType: 'notification', subjectId: ctx.actor.userId, changes: { count: rows.length, unread } });
  return {
    items: rows.map((row): Notification => ({
      ...row,
      createdAt: row.createdAt.toISOString(),
      readAt: row.readAt ? row.readAt.toISOString() : null,
    })),
    unread,
  };
}

export async function countUnread(ctx: DataContext): Promise<{ unread: number }> {
  return { unread: await unreadCountOf(ctx.tx, ctx.actor.userId) };
}

export async function markNotificationsRead(
  ctx: DataContext,
  body: { ids?: string[] | undefined; all?: boolean | undefined },
): Promise<{ unread: number }> {
  let update = ctx.tx
    .updateTable('notifications')
    .set({ read_at: new Date() })
    .where('user_id', '=', ctx.actor.userId)
    .where('read_at', 'is', null);
  if (!body.all)
    update = update.where('id', 'in', body.ids && body.ids.length > 0 ? body.ids : ['00000000-0000-4000-8000-000000000000']);
  const result = await update.executeTakeFirst();
  ctx.describe({ subjectType: 'notification', subjectId: ctx.actor.userId, changes: { marked: Number(result.numUpdatedRows) } });
  return { unread: await unreadCountOf(ctx.tx, ctx.actor.userId) };
}
