/** In-app notifications (and, when SMTP is configured, a neutral e-mail with a link). */
import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from './common';
import { defineRoute } from './route';
import { queryFlagSchema } from './shared';

export const notificationKinds = [
  'task_assigned',
  'task_opened',
  'task_comment',
  'task_blocked',
  'task_done',
  'task_urgent',
  'task_overdue',
  'task_escalated',
  'agreement_revisit',
  'agreement_signer_left',
  'meeting_decision',
  'vacancy_escalated',
] as const;
export const notificationKindSchema = z.enum(notificationKinds);
export type NotificationKindName = z.infer<typeof notificationKindSchema>;

export const notificationSchema = z.object({
  id: idSchema,
  kind: notificationKindSchema,
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  taskId: idSchema.nullable(),
  createdAt: isoDateTimeSchema,
  readAt: isoDateTimeSchema.nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListQuerySchema = z.object({
  unreadOnly: queryFlagSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export const notificationListSchema = z.object({ items: z.array(notificationSchema), unread: z.number().int() });
export type NotificationList = z.infer<typeof notificationListSchema>;
export const unreadCountSchema = z.object({ unread: z.number().int() });
export const markReadBodySchema = z.object({ ids: z.array(idSchema).min(1).max(200).optional(), all: z.boolean().optional() });
export const markReadResultSchema = z.object({ unread: z.number().int() });
export type MarkReadBody = z.input<typeof markReadBodySchema>;

/** The signed-in user's own notifications: any signed-in user, their own only. */
export const notificationsRoutes = {
  list: defineRoute({
    name: 'listNotifications',
    method: 'GET',
    path: '/api/notifications',
    summary: 'The caller’s notifications, newest first, with the unread count',
    tags: ['notifications'],
    permission: null,
    audit: 'notification.list',
    shape: 'collection',
    query: notificationListQuerySchema,
    response: notificationListSchema,
  }),
  unreadCount: defineRoute({
    name: 'countUnreadNotifications',
    method: 'GET',
    path: '/api/notifications/unread-count',
    summary: 'How many of the caller’s notifications are unread (a number only; polled by the bell)',
    tags: ['notifications'],
    permission: null,
    audit: null,
    shape: 'collection',
    response: unreadCountSchema,
  }),
  markRead: defineRoute({
    name: 'markNotificationsRead',
    method: 'POST',
    path: '/api/notifications/read',
    summary: 'Mark the caller’s notifications read (some by id, or all)',
    tags: ['notifications'],
    permission: null,
    audit: 'notification.read',
    shape: 'collection',
    body: markReadBodySchema,
    response: markReadResultSchema,
  }),
};
