import { emergencyAccessRoutes, type EmergencyAccessBody, type ReviewEmergencyAccessBody } from '@hjemvej/contract';
import { call } from '../../api/client';
import { useRefreshingMutation } from '../../api/use-refreshing-mutation';
import { useRouteQuery } from '../../api/use-route-query';
import { citizensQueryKey, useCitizensMutation, useCitizenSection } from '../citizens/use-citizens';

const reviewKey = ['emergency-accesses'] as const;

/** Open a citizen outside one's need-to-know, with a reason (audited, reviewed). */
export function useStartEmergencyAccess() {
  return useCitizensMutation((body: EmergencyAccessBody) => call(emergencyAccessRoutes.start, { body }));
}

export const citizenEmergencyAccessesKey = (citizenId: string) => [...citizensQueryKey, 'emergency-accesses', citizenId] as const;

/** Who opened the citizen by emergency access (for the caseworker). */
export function useCitizenEmergencyAccesses(citizenId: string, enabled: boolean) {
  return useCitizenSection(
    citizenEmergencyAccessesKey(citizenId),
    ({ signal }) => call(emergencyAccessRoutes.ofCitizen, { params: { id: citizenId }, signal }),
    enabled,
  );
}

/** The organisation's emergency accesses, for the data-protection officer. */
export function useEmergencyAccesses(status: 'unreviewed' | 'all') {
  return useRouteQuery([...reviewKey, status], emergencyAccessRoutes.list, { query: { status } });
}

export function useReviewEmergencyAccess() {
  return useRefreshingMutation([reviewKey], ({ id, body }: { id: string; body: ReviewEmergencyAccessBody }) =>
    call(emergencyAccessRoutes.review, { params: { id }, body }),
  );
}
