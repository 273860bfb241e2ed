import { useQuery } from '@tanstack/react-query';
import { shelterStaysRoutes, type StayDischargeBody, type StayNotificationBody } from '@hjemvej/contract';
import { call } from '../../api/client';
import { citizensQueryKey, useCitizensMutation } from '../citizens/use-citizens';

export const shelterStaysKey = (citizenId: string) => [...citizensQueryKey, 'stays', citizenId] as const;

/** The citizen's § 110 stays (a shelter sees only its own), newest first as the server sends them. */
/** `enabled`: false when the reader does not read this category (need-to-know): nothing is asked. */
export function useShelterStays(citizenId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: shelterStaysKey(citizenId),
    queryFn: async ({ signal }) => (await call(shelterStaysRoutes.list, { params: { id: citizenId }, signal })).items,
  });
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
