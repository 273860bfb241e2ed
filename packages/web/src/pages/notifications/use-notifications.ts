import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notificationsRoutes, type MarkReadBody } from '@hjemvej/contract';
import { call } from '../../api/client';

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
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MarkReadBody) => call(notificationsRoutes.markRead, { body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsQueryKey }),
  });
}
