import { tasksRoutes, type CreateTaskBody } from '@hjemvej/contract';
import { call } from '../../api/client';
import { useRefreshingMutation, type RefreshOptions } from '../../api/use-refreshing-mutation';
import { useRouteQuery } from '../../api/use-route-query';
import { citizensQueryKey, useCitizenSection } from '../citizens/use-citizens';
import { notificationsQueryKey } from '../notifications/use-notifications';

export const tasksQueryKey = ['tasks'] as const;

/** Tasks change each other (a finished step opens the next), so every task view is refreshed together. */
/** A task's change reaches the inboxes, the notifications and the citizen's tasks. */
function useTasksMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>, options?: RefreshOptions) {
  return useRefreshingMutation([tasksQueryKey, notificationsQueryKey, [...citizensQueryKey, 'tasks']], mutationFn, options);
}

export interface InboxFilter {
  unitId: string | null;
  view: 'open' | 'waiting' | 'done';
  page: number;
}

export function useInbox(filter: InboxFilter) {
  return useRouteQuery([...tasksQueryKey, 'inbox', filter], tasksRoutes.inbox, {
    query: { unitId: filter.unitId ?? undefined, view: filter.view, page: filter.page, pageSize: 25 },
  });
}

export function useOversight() {
  return useRouteQuery([...tasksQueryKey, 'oversight'], tasksRoutes.oversight, {});
}

export function useTask(id: string | null) {
  return useRouteQuery([...tasksQueryKey, 'task', id], tasksRoutes.read, { params: { id: id ?? '' } }, { enabled: id !== null });
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
  return useTasksMutation(
    (action: TaskAction) => {
      switch (action.kind) {
        case 'take':
        case 'release':
        case 'unblock':
          return call(tasksRoutes[action.kind], { params: { id }, body: {} });
        case 'done':
          return call(tasksRoutes.done, { params: { id }, body: action.comment ? { comment: action.comment } : {} });
        case 'block':
          return call(tasksRoutes.block, { params: { id }, body: { waitingFor: action.waitingFor } });
        case 'comment':
          return call(tasksRoutes.comment, { params: { id }, body: { text: action.text } });
        case 'reopen':
          return call(tasksRoutes.reopen, { params: { id }, body: { reason: action.reason } });
        case 'urgent':
          return call(tasksRoutes.urgent, { params: { id }, body: { urgent: action.urgent } });
        case 'check':
          return call(tasksRoutes.tickChecklist, {
            params: { id, index: action.index },
            body: { done: action.done, list: action.list },
          });
      }
    },
    { alsoOnError: true },
  );
}

export const citizenTasksKey = (citizenId: string) => [...citizensQueryKey, 'tasks', citizenId] as const;

export function useCitizenTasks(citizenId: string) {
  return useCitizenSection(citizenTasksKey(citizenId), ({ signal }) =>
    call(tasksRoutes.citizenOverview, { params: { id: citizenId }, signal }),
  );
}

export function useStartableFlowcards(enabled: boolean) {
  return useRouteQuery([...tasksQueryKey, 'startable'], tasksRoutes.startableFlowcards, {}, { enabled });
}

export function useTaskUnits(enabled: boolean) {
  return useRouteQuery([...tasksQueryKey, 'units'], tasksRoutes.unitOptions, {}, { enabled });
}

export function useStartFlowcard(citizenId: string) {
  return useTasksMutation((flowcardId: string) =>
    call(tasksRoutes.startFlowcard, { params: { id: citizenId }, body: { flowcardId } }),
  );
}

export function useCreateTask(citizenId: string) {
  return useTasksMutation((body: CreateTaskBody) => call(tasksRoutes.create, { params: { id: citizenId }, body }));
}

export function useSetCitizenUrgent(citizenId: string) {
  return useTasksMutation((urgent: boolean) => call(tasksRoutes.citizenUrgent, { params: { id: citizenId }, body: { urgent } }), {
    alsoOnError: true,
  });
}
