import { shelterStaysRoutes, type StayDischargeBody, type StayNotificationBody } from '@hjemvej/contract';
import { call } from '../../api/client';
import { citizensQueryKey, useCitizensMutation, useCitizenSection } from '../citizens/use-citizens';

export const shelterStaysKey = (citizenId: string) => [...citizensQueryKey, 'stays', citizenId] as const;

/** The citizen's § 110 stays (a shelter sees only its own), newest first as the server sends them. */
export function useShelterStays(citizenId: string, enabled = true) {
  return useCitizenSection(
    shelterStaysKey(citizenId),
    async ({ signal }) => (await call(shelterStaysRoutes.list, { params: { id: citizenId }, signal })).items,
    enabled,
  );
}

export function useRecordNotification() {
  return useCitizensMutation(
    ({ id, body }: { id: string; body: StayNotificationBody }) =>
      call(shelterStaysRoutes.recordNotification, { params: { id }, body }),
    { alsoOnError: true },
  );
}

export function useDischargeStay() {
  return useCitizensMutation(
    ({ id, body }: { id: string; body: StayDischargeBody }) => call(shelterStaysRoutes.discharge, { params: { id }, body }),
    { alsoOnError: true },
  );
}
