/** The signed-in user's own notifications: list, unread count (for the bell), mark read. */
import type { FastifyInstance } from 'fastify';
import { notificationsRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { countUnread, listNotifications, markNotificationsRead } from './notification-service';

export function registerNotificationRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, notificationsRoutes.list, (ctx, { query }) => listNotifications(ctx, query));

  registerSecuredRoute(app, db, notificationsRoutes.unreadCount, (ctx) => countUnread(ctx));

  registerSecuredRoute(app, db, notificationsRoutes.markRead, (ctx, { body }) => markNotificationsRead(ctx, body));
}
