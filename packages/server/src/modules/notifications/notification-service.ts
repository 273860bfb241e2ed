/**
 * In-app notifications: written by other modules through `createNotifications` (in the
 * caller's transaction, in each recipient's language), read and marked read by their owner.
 * E-mail is sent later from the outbox (`email-outbox.ts`) when SMTP is configured.
 */
import type { Transaction } from 'kysely';
import type { Notification, NotificationList } from '@hjemvej/contract';
import type { DataContext } from '../../http/secured-route';
import type { Database, NotificationKind } from '../../database/schema';
import {
  countUnreadNotifications,
  findNotificationsOfUser,
  insertNotifications,
  systemFindActiveRecipients,
  updateNotificationsRead,
} from './notification-queries';
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
  const recipients = await systemFindActiveRecipients(tx, ids);
  if (recipients.length === 0) return 0;
  await insertNotifications(
    tx,
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
  );
  return recipients.length;
}

export async function listNotifications(
  ctx: DataContext,
  query: { unreadOnly?: boolean | undefined; limit: number },
): Promise<NotificationList> {
  const rows = await findNotificationsOfUser(ctx.tx, ctx.actor.userId, query);
  const unread = await countUnreadNotifications(ctx.tx, ctx.actor.userId);
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
  return { unread: await countUnreadNotifications(ctx.tx, ctx.actor.userId) };
}

export async function markNotificationsRead(
  ctx: DataContext,
  body: { ids?: string[] | undefined; all?: boolean | undefined },
): Promise<{ unread: number }> {
  const marked = await updateNotificationsRead(ctx.tx, ctx.actor.userId, body);
  ctx.describe({ subjectType: 'notification', subjectId: ctx.actor.userId, changes: { marked } });
  return { unread: await countUnreadNotifications(ctx.tx, ctx.actor.userId) };
}
