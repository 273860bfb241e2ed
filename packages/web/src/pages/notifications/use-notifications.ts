import { useQuery } from '@tanstack/react-query';
import { notificationsRoutes, type MarkReadBody } from '@hjemvej/contract';
import { call } from '../../api/client';
import { useRefreshingMutation } from '../../api/use-refreshing-mutation';

export const notificationsQueryKey = ['notifications'] as const;

export function useUnreadCount() {
  return useQuery({
    queryKey: [...notificationsQueryKey, 'unread'],
    queryFn: ({ signal }) => call(notificationsRoutes.unreadCount, { signal }),
    refetchInterval: 60_000,
  });
}

export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: [...notificationsQueryKey, 'list'],
    queryFn: ({ signal }) => call(notificationsRoutes.list, { query: { limit: 20 }, signal }),
    enabled,
  });
}

export function useMarkNotificationsRead() {
  return useRefreshingMutation([notificationsQueryKey], (body: MarkReadBody) => call(notificationsRoutes.markRead, { body }), {
    alsoOnError: true,
  });
}
