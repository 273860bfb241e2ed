import { useQuery } from '@tanstack/react-query';
import { followUpsRoutes, type CreateFollowUpBody } from '@hjemvej/contract';
import { call } from '../../api/client';
import { citizensQueryKey, useCitizensMutation } from '../citizens/use-citizens';

export const followUpsKey = (citizenId: string) => [...citizensQueryKey, 'follow-ups', citizenId] as const;

/** Follow-ups after each move-in: due dates at 3, 6 and 12 months and what was found. */
/** `enabled`: false when the reader does not read this category (need-to-know): nothing is asked. */
export function useFollowUps(citizenId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: followUpsKey(citizenId),
    queryFn: ({ signal }) => call(followUpsRoutes.list, { params: { id: citizenId }, signal }),
  });
}

/** Recording "lost the home" also changes the housing situation: everything about the citizen is refreshed. */
export function useCreateFollowUp() {
  return useCitizensMutation(({ allocationId, body }: { allocationId: string; body: CreateFollowUpBody }) =>
    call(followUpsRoutes.create, { params: { id: allocationId }, body }),
  );
}
