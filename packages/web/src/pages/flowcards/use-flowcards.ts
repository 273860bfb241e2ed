import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { flowcardsRoutes, type CreateFlowcardBody } from '@hjemvej/contract';
import { call } from '../../api/client';

export const flowcardsQueryKey = ['flowcards'] as const;

export function useFlowcards(includeArchived: boolean) {
  return useQuery({
    queryKey: [...flowcardsQueryKey, 'list', includeArchived],
    queryFn: async ({ signal }) =>
      (await call(flowcardsRoutes.list, { query: { includeArchived: includeArchived ? 'true' : 'false' }, signal })).items,
  });
}

export function useFlowcard(id: string) {
  return useQuery({
    queryKey: [...flowcardsQueryKey, 'card', id],
    queryFn: ({ signal }) => call(flowcardsRoutes.read, { params: { id }, signal }),
    enabled: id !== '',
  });
}

export function useFlowcardUnitOptions() {
  return useQuery({
    queryKey: [...flowcardsQueryKey, 'unit-options'],
    queryFn: async ({ signal }) => (await call(flowcardsRoutes.unitOptions, { signal })).items,
  });
}

export function useFlowcardVersions(id: string) {
  return useQuery({
    queryKey: [...flowcardsQueryKey, 'card', id, 'versions'],
    queryFn: ({ signal }) => call(flowcardsRoutes.versions.list, { params: { id }, signal }),
  });
}

export function useFlowcardComparison(id: string, from: number | null, to: number | null) {
  return useQuery({
    queryKey: [...flowcardsQueryKey, 'card', id, 'compare', from, to],
    queryFn: ({ signal }) =>
      call(flowcardsRoutes.versions.compare, { params: { id }, query: { from: from ?? 0, to: to ?? 0 }, signal }),
    enabled: from !== null && to !== null && from !== to,
  });
}

function useInvalidateFlowcards() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: flowcardsQueryKey });
}

/** Writes a new flowcard, or (given the card as the user saw it) a new version of it. */
export function useSaveFlowcard(current: { id: string; version: number } | null) {
  const invalidate = useInvalidateFlowcards();
  return useMutation({
    mutationFn: (body: CreateFlowcardBody) =>
      current === null
        ? call(flowcardsRoutes.create, { body })
        : call(flowcardsRoutes.update, { params: { id: current.id }, body: { ...body, version: current.version } }),
    onSuccess: invalidate,
  });
}

export function useArchiveFlowcard(id: string) {
  const invalidate = useInvalidateFlowcards();
  return useMutation({
    mutationFn: (isArchived: boolean) => call(flowcardsRoutes.archive, { params: { id }, body: { isArchived } }),
    onSuccess: invalidate,
  });
}
