/** The signed-in user's own notifications: list, unread count (for the bell), mark read. */
import type { FastifyInstance } from 'fastify';
import {
  markReadBodySchema,
  markReadResultSchema,
  notificationListQuerySchema,
  notificationListSchema,
  unreadCountSchema,
} from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { countUnread, listNotifications, markNotificationsRead } from './notification-service';

export function registerNotificationRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/notifications',
    summary: 'The caller’s notifications, newest first, with the unread count',
    tags: ['notifications'],
    permission: null,
    audit: 'notification.list',
    shape: 'collection',
    querystring: notificationListQuerySchema,
    response: notificationListSchema,
    handler: (ctx, { query }) => listNotifications(ctx, query),
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/notifications/unread-count',
    summary: 'How many of the caller’s notifications are unread (a number only; polled by the bell)',
    tags: ['notifications'],
    permission: null,
    audit: null,
    shape: 'collection',
    response: unreadCountSchema,
    handler: (ctx) => countUnread(ctx),
  });

  registerSecuredRoute(app, db, {
    method: 'POST',
    url: '/api/notifications/read',
    summary: 'Mark the caller’s notifications read (some by id, or all)',
    tags: ['notifications'],
    permission: null,
    audit: 'notification.read',
    shape: 'collection',
    body: markReadBodySchema,
    response: markReadResultSchema,
    handler: (ctx, { body }) => markNotificationsRead(ctx, body),
  });
}
