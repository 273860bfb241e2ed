import { notificationsRoutes, type MarkReadBody } from '@hjemvej/contract';
import { call } from '../../api/client';
import { useRefreshingMutation } from '../../api/use-refreshing-mutation';
import { useRouteQuery } from '../../api/use-route-query';

export const notificationsQueryKey = ['notifications'] as const;

export function useUnreadCount() {
  return useRouteQuery([...notificationsQueryKey, 'unread'], notificationsRoutes.unreadCount, {}, { refetchInterval: 60_000 });
}

export function useNotifications(enabled: boolean) {
  return useRouteQuery([...notificationsQueryKey, 'list'], notificationsRoutes.list, { query: { limit: 20 } }, { enabled });
}

export function useMarkNotificationsRead() {
  return useRefreshingMutation([notificationsQueryKey], (body: MarkReadBody) => call(notificationsRoutes.markRead, { body }), {
    alsoOnError: true,
  });
}
