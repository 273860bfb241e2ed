import { useMutation, useQuery } from '@tanstack/react-query';
import type { CreateDecisionBody, Decision, DecisionLetter, UpdateDecisionBody } from '@hjemvej/contract';
import { api } from '../../api/client';
import { citizensQueryKey, useInvalidateCitizens } from '../citizens/use-citizens';

/** The citizen's decisions (afgørelser), newest first as the server sends them. */
export function useDecisions(citizenId: string) {
  return useQuery({
    queryKey: [...citizensQueryKey, 'decisions', citizenId],
    queryFn: async ({ signal }) => (await api.get<{ items: Decision[] }>(`/citizens/${citizenId}/decisions`, { signal })).items,
  });
}

export function useDecision(id: string) {
  return useQuery({
    queryKey: [...citizensQueryKey, 'decision', id],
    queryFn: ({ signal }) => api.get<Decision>(`/decisions/${id}`, { signal }),
  });
}

/** The decision as a letter to the citizen: `{ subject, html }`, a whole HTML document. */
export function useDecisionLetter(id: string) {
  return useQuery({
    queryKey: [...citizensQueryKey, 'decision', id, 'letter'],
    queryFn: ({ signal }) => api.get<DecisionLetter>(`/decisions/${id}/letter`, { signal }),
  });
}

export function useCreateDecision(citizenId: string) {
  const invalidate = useInvalidateCitizens();
  return useMutation({
    mutationFn: (body: CreateDecisionBody) => api.post<Decision>(`/citizens/${citizenId}/decisions`, body),
    onSuccess: invalidate,
  });
}

export function useUpdateDecision(id: string) {
  const invalidate = useInvalidateCitizens();
  return useMutation({
    mutationFn: (body: UpdateDecisionBody) => api.patch<Decision>(`/decisions/${id}`, body),
    onSuccess: invalidate,
    onError: invalidate,
  });
}
