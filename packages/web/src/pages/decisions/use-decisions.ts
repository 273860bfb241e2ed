import { useQuery } from '@tanstack/react-query';
import { decisionsRoutes, type CreateDecisionBody, type UpdateDecisionBody } from '@hjemvej/contract';
import { call } from '../../api/client';
import { citizensQueryKey, useCitizensMutation, useCitizenSection } from '../citizens/use-citizens';

export const decisionsKey = (citizenId: string) => [...citizensQueryKey, 'decisions', citizenId] as const;

/** The citizen's decisions (afgørelser), newest first as the server sends them. */
export function useDecisions(citizenId: string, enabled = true) {
  return useCitizenSection(
    decisionsKey(citizenId),
    async ({ signal }) => (await call(decisionsRoutes.list, { params: { id: citizenId }, signal })).items,
    enabled,
  );
}

export function useDecision(id: string) {
  return useQuery({
    queryKey: [...citizensQueryKey, 'decision', id],
    queryFn: ({ signal }) => call(decisionsRoutes.read, { params: { id }, signal }),
  });
}

/** The decision as a letter to the citizen: `{ subject, html }`, a whole HTML document. */
export function useDecisionLetter(id: string) {
  return useQuery({
    queryKey: [...citizensQueryKey, 'decision', id, 'letter'],
    queryFn: ({ signal }) => call(decisionsRoutes.letter, { params: { id }, signal }),
  });
}

export function useCreateDecision(citizenId: string) {
  return useCitizensMutation((body: CreateDecisionBody) => call(decisionsRoutes.create, { params: { id: citizenId }, body }));
}

export function useUpdateDecision(id: string) {
  return useCitizensMutation((body: UpdateDecisionBody) => call(decisionsRoutes.update, { params: { id }, body }), {
    alsoOnError: true,
  });
}
