import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CitizenTaskOverview,
  CreateTaskBody,
  Inbox,
  NotificationList,
  Oversight,
  StartableFlowcards,
  StartedFlowcard,
  Task,
} from '@hjemvej/contract';
import { api } from '../../api/client';
import { citizensQueryKey } from '../citizens/use-citizens';

export const tasksQueryKey = ['tasks'] as const;
const notificationsQueryKey = ['notifications'] as const;

/** Tasks change each other (a finished step opens the next), so every task view is refreshed together. */
function useInvalidateTasks() {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: tasksQueryKey }),
      queryClient.invalidateQueries({ queryKey: notificationsQueryKey }),
      queryClient.invalidateQueries({ queryKey: [...citizensQueryKey, 'tasks'] }),
    ]);
  };
}

export interface InboxFilter {
  unitId: string | null;
  view: 'open' | 'waiting' | 'done';
  page: number;
}

export function useInbox(filter: InboxFilter) {
  return useQuery({
    queryKey: [...tasksQueryKey, 'inbox', filter],
    queryFn: ({ signal }) =>
      api.get<Inbox>('/inbox', { query: { unitId: filter.unitId, view: filter.view, page: filter.page, pageSize: 25 }, signal }),
  });
}

export function useOversight() {
  return useQuery({
    queryKey: [...tasksQueryKey, 'oversight'],
    queryFn: ({ signal }) => api.get<Oversight>('/task-oversight', { signal }),
  });
}

export function useTask(id: string | null) {
  return useQuery({
    queryKey: [...tasksQueryKey, 'task', id],
    queryFn: ({ signal }) => api.get<Task>(`/tasks/${id}`, { signal }),
    enabled: id !== null,
  });
}

export type TaskAction =
  | { kind: 'take' | 'release' | 'unblock' }
  | { kind: 'done'; comment?: string }
  | { kind: 'block'; waitingFor: string }
  | { kind: 'comment'; text: string }
  | { kind: 'reopen'; reason: string }
  | { kind: 'urgent'; urgent: boolean }
  | { kind: 'check'; index: number; done: boolean; list: 'checklist' | 'requiredDocuments' };

export function useTaskAction(id: string) {
  const invalidate = useInvalidateTasks();
  return useMutation({
    mutationFn: (action: TaskAction) => {
      switch (action.kind) {
        case 'take':
        case 'release':
        case 'unblock':
          return api.post<Task>(`/tasks/${id}/${action.kind}`, {});
        case 'done':
          return api.post<Task>(`/tasks/${id}/done`, action.comment ? { comment: action.comment } : {});
        case 'block':
          return api.post<Task>(`/tasks/${id}/block`, { waitingFor: action.waitingFor });
        case 'comment':
          return api.post<Task>(`/tasks/${id}/comments`, { text: action.text });
        case 'reopen':
          return api.post<Task>(`/tasks/${id}/reopen`, { reason: action.reason });
        case 'urgent':
          return api.put<Task>(`/tasks/${id}/urgent`, { urgent: action.urgent });
        case 'check':
          return api.put<Task>(`/tasks/${id}/checklist/${action.index}`, { done: action.done, list: action.list });
      }
    },
    onSettled: invalidate,
  });
}

export function useCitizenTasks(citizenId: string) {
  return useQuery({
    queryKey: [...citizensQueryKey, 'tasks', citizenId],
    queryFn: ({ signal }) => api.get<CitizenTaskOverview>(`/citizens/${citizenId}/tasks`, { signal }),
  });
}

export function useStartableFlowcards(enabled: boolean) {
  return useQuery({
    queryKey: [...tasksQueryKey, 'startable'],
    queryFn: ({ signal }) => api.get<StartableFlowcards>('/startable-flowcards', { signal }),
    enabled,
  });
}

export function useTaskUnits(enabled: boolean) {
  return useQuery({
    queryKey: [...tasksQueryKey, 'units'],
    queryFn: ({ signal }) =>
      api.get<{ items: { id: string; name: string; organisationName: string; isOwn: boolean }[] }>('/task-units', { signal }),
    enabled,
  });
}

export function useStartFlowcard(citizenId: string) {
  const invalidate = useInvalidateTasks();
  return useMutation({
    mutationFn: (flowcardId: string) => api.post<StartedFlowcard>(`/citizens/${citizenId}/flowcard-runs`, { flowcardId }),
    onSuccess: invalidate,
  });
}

export function useCreateTask(citizenId: string) {
  const invalidate = useInvalidateTasks();
  return useMutation({
    mutationFn: (body: CreateTaskBody) => api.post<Task>(`/citizens/${citizenId}/tasks`, body),
    onSuccess: invalidate,
  });
}

export function useSetCitizenUrgent(citizenId: string) {
  const invalidate = useInvalidateTasks();
  return useMutation({
    mutationFn: (urgent: boolean) => api.put<CitizenTaskOverview>(`/citizens/${citizenId}/urgent`, { urgent }),
    onSettled: invalidate,
  });
}

export function useUnreadCount() {
  return useQuery({
    queryKey: [...notificationsQueryKey, 'unread'],
    queryFn: ({ signal }) => api.get<{ unread: number }>('/notifications/unread-count', { signal }),
    refetchInterval: 60_000,
  });
}

export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: [...notificationsQueryKey, 'list'],
    queryFn: ({ signal }) => api.get<NotificationList>('/notifications', { query: { limit: 20 }, signal }),
    enabled,
  });
}

export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { ids?: string[]; all?: boolean }) => api.post<{ unread: number }>('/notifications/read', body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsQueryKey }),
  });
}
