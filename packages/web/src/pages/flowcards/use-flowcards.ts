import { useQuery } from '@tanstack/react-query';
import { flowcardsRoutes, type CreateFlowcardBody } from '@hjemvej/contract';
import { call } from '../../api/client';
import { useRefreshingMutation, type RefreshOptions } from '../../api/use-refreshing-mutation';
import { useRouteQuery } from '../../api/use-route-query';

export const flowcardsQueryKey = ['flowcards'] as const;

export function useFlowcards(includeArchived: boolean) {
  return useQuery({
    queryKey: [...flowcardsQueryKey, 'list', includeArchived],
    queryFn: async ({ signal }) =>
      (await call(flowcardsRoutes.list, { query: { includeArchived: includeArchived ? 'true' : 'false' }, signal })).items,
  });
}

export function useFlowcard(id: string) {
  return useRouteQuery([...flowcardsQueryKey, 'card', id], flowcardsRoutes.read, { params: { id } }, { enabled: id !== '' });
}

export function useFlowcardUnitOptions() {
  return useQuery({
    queryKey: [...flowcardsQueryKey, 'unit-options'],
    queryFn: async ({ signal }) => (await call(flowcardsRoutes.unitOptions, { signal })).items,
  });
}

/** The templates a leader may copy (only asked for by those who may write flowcards). */
export function useFlowcardTemplates(enabled = true) {
  return useQuery({
    queryKey: [...flowcardsQueryKey, 'templates'],
    queryFn: async ({ signal }) => (await call(flowcardsRoutes.templates, { signal })).items,
    enabled,
  });
}

export function useFlowcardVersions(id: string) {
  return useRouteQuery([...flowcardsQueryKey, 'card', id, 'versions'], flowcardsRoutes.versions.list, { params: { id } });
}

export function useFlowcardComparison(id: string, from: number | null, to: number | null) {
  return useRouteQuery(
    [...flowcardsQueryKey, 'card', id, 'compare', from, to],
    flowcardsRoutes.versions.compare,
    { params: { id }, query: { from: from ?? 0, to: to ?? 0 } },
    { enabled: from !== null && to !== null && from !== to },
  );
}

/** A change of a flowcard: the flowcards are fetched again. */
function useFlowcardsMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>, options?: RefreshOptions) {
  return useRefreshingMutation([flowcardsQueryKey], mutationFn, options);
}

/** Writes a new flowcard, or (given the card as the user saw it) a new version of it. */
export function useSaveFlowcard(current: { id: string; version: number } | null) {
  return useFlowcardsMutation((body: CreateFlowcardBody) =>
    current === null
      ? call(flowcardsRoutes.create, { body })
      : call(flowcardsRoutes.update, { params: { id: current.id }, body: { ...body, version: current.version } }),
  );
}

export function useArchiveFlowcard(id: string) {
  return useFlowcardsMutation((isArchived: boolean) => call(flowcardsRoutes.archive, { params: { id }, body: { isArchived } }));
}
