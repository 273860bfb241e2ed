import { followUpsRoutes, type CreateFollowUpBody } from '@hjemvej/contract';
import { call } from '../../api/client';
import { citizensQueryKey, useCitizensMutation, useCitizenSection } from '../citizens/use-citizens';

export const followUpsKey = (citizenId: string) => [...citizensQueryKey, 'follow-ups', citizenId] as const;

/** Follow-ups after each move-in: due dates at 3, 6 and 12 months and what was found. */
export function useFollowUps(citizenId: string, enabled = true) {
  return useCitizenSection(
    followUpsKey(citizenId),
    ({ signal }) => call(followUpsRoutes.list, { params: { id: citizenId }, signal }),
    enabled,
  );
}

/** Recording "lost the home" also changes the housing situation: everything about the citizen is refreshed. */
export function useCreateFollowUp() {
  return useCitizensMutation(({ allocationId, body }: { allocationId: string; body: CreateFollowUpBody }) =>
    call(followUpsRoutes.create, { params: { id: allocationId }, body }),
  );
}
