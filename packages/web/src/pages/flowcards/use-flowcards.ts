import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CollaborationSettings,
  CreateFlowcardBody,
  Flowcard,
  FlowcardComparison,
  FlowcardSummary,
  FlowcardUnit,
  FlowcardVersionList,
  UpdateCollaborationSettingsBody,
  UpdateFlowcardBody,
} from '@hjemvej/contract';
import { api } from '../../api/client';

export const flowcardsQueryKey = ['flowcards'] as const;

export function useFlowcards(includeArchived: boolean) {
  return useQuery({
    queryKey: [...flowcardsQueryKey, 'list', includeArchived],
    queryFn: async ({ signal }) =>
      (await api.get<{ items: FlowcardSummary[] }>('/flowcards', { query: { includeArchived }, signal })).items,
  });
}

export function useFlowcard(id: string) {
  return useQuery({
    queryKey: [...flowcardsQueryKey, 'card', id],
    queryFn: ({ signal }) => api.get<Flowcard>(`/flowcards/${id}`, { signal }),
    enabled: id !== '',
  });
}

export function useFlowcardUnitOptions() {
  return useQuery({
    queryKey: [...flowcardsQueryKey, 'unit-options'],
    queryFn: async ({ signal }) => (await api.get<{ items: FlowcardUnit[] }>('/flowcards/unit-options', { signal })).items,
  });
}

export function useFlowcardVersions(id: string) {
  return useQuery({
    queryKey: [...flowcardsQueryKey, 'card', id, 'versions'],
    queryFn: ({ signal }) => api.get<FlowcardVersionList>(`/flowcards/${id}/versions`, { signal }),
  });
}

export function useFlowcardComparison(id: string, from: number | null, to: number | null) {
  return useQuery({
    queryKey: [...flowcardsQueryKey, 'card', id, 'compare', from, to],
    queryFn: ({ signal }) => api.get<FlowcardComparison>(`/flowcards/${id}/compare`, { query: { from, to }, signal }),
    enabled: from !== null && to !== null && from !== to,
  });
}

function useInvalidateFlowcards() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: flowcardsQueryKey });
}

export function useSaveFlowcard(id: string | null) {
  const invalidate = useInvalidateFlowcards();
  return useMutation({
    mutationFn: (body: CreateFlowcardBody | UpdateFlowcardBody) =>
      id === null ? api.post<Flowcard>('/flowcards', body) : api.put<Flowcard>(`/flowcards/${id}`, body),
    onSuccess: invalidate,
  });
}

export function useArchiveFlowcard(id: string) {
  const invalidate = useInvalidateFlowcards();
  return useMutation({
    mutationFn: (isArchived: boolean) => api.put<Flowcard>(`/flowcards/${id}/archived`, { isArchived }),
    onSuccess: invalidate,
  });
}

export function useCollaborationSettings() {
  return useQuery({
    queryKey: [...flowcardsQueryKey, 'settings'],
    queryFn: ({ signal }) => api.get<CollaborationSettings>('/collaboration-settings', { signal }),
  });
}

export function useSaveCollaborationSettings() {
  const invalidate = useInvalidateFlowcards();
  return useMutation({
    mutationFn: (body: UpdateCollaborationSettingsBody) => api.put<CollaborationSettings>('/collaboration-settings', body),
    onSuccess: invalidate,
  });
}
