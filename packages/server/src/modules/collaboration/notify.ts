/**
 * In-app notifications for meetings and agreements. A tiny local writer into the shared
 * `notifications` table until the tasks module's `createNotifications` is on main; the
 * notifications module lists them and e-mails them. Titles name the matter, never personal
 * data beyond what the recipient may see.
 */
import type { Transaction } from 'kysely';
import type { Database, NotificationKind } from '../../database/schema';

export interface NotificationInput {
  readonly userId: string;
  readonly kind: NotificationKind;
  readonly title: string;
  readonly body?: string;
  readonly link?: string | null;
  readonly citizenId?: string | null;
  readonly taskId?: string | null;
}

export async function writeNotifications(tx: Transaction<Database>, items: readonly NotificationInput[]): Promise<void> {
  const unique = [...new Map(items.map((i) => [`${i.userId}:${i.kind}:${i.title}`, i])).values()];
  if (unique.length === 0) return;
  await tx
    .insertInto('notifications')
    .values(
      unique.map((i) => ({
        user_id: i.userId,
        kind: i.kind,
        title: i.title.slice(0, 300),
        body: (i.body ?? '').slice(0, 2000),
        link: i.link ?? null,
        citizen_id: i.citizenId ?? null,
        task_id: i.taskId ?? null,
      })),
    )
    .execute();
}
