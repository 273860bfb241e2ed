import { followUpsRoutes, type CreateFollowUpBody } from '@hjemvej/contract';
import { call } from '../../api/client';
import { useCitizensMutation } from '../citizens/use-citizens';
import { citizenRecordsKey, citizenSectionHook } from '../citizens/citizen-record-hooks';

export const followUpsKey = citizenRecordsKey('follow-ups');

/** Follow-ups after each move-in: due dates at 3, 6 and 12 months and what was found. */
export const useFollowUps = citizenSectionHook(followUpsRoutes.list, followUpsKey);

/** Recording "lost the home" also changes the housing situation: everything about the citizen is refreshed. */
export function useCreateFollowUp() {
  return useCitizensMutation(({ allocationId, body }: { allocationId: string; body: CreateFollowUpBody }) =>
    call(followUpsRoutes.create, { params: { id: allocationId }, body }),
  );
}
