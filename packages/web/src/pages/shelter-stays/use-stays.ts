import { useMutation, useQuery } from '@tanstack/react-query';
import type { Stay, StayDischargeBody, StayNotificationBody } from '@hjemvej/contract';
import { api } from '../../api/client';
import { citizensQueryKey, useInvalidateCitizens } from '../citizens/use-citizens';

/** The citizen's § 110 stays (a shelter sees only its own), newest first as the server sends them. */
export function useStays(citizenId: string) {
  return useQuery({
    queryKey: [...citizensQueryKey, 'stays', citizenId],
    queryFn: async ({ signal }) => (await api.get<{ items: Stay[] }>(`/citizens/${citizenId}/stays`, { signal })).items,
  });
}

export function useRecordNotification() {
  const invalidate = useInvalidateCitizens();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: StayNotificationBody }) => api.post<Stay>(`/stays/${id}/notification`, body),
    onSuccess: invalidate,
    onError: invalidate,
  });
}

export function useDischargeStay() {
  const invalidate = useInvalidateCitizens();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: StayDischargeBody }) => api.post<Stay>(`/stays/${id}/discharge`, body),
    onSuccess: invalidate,
    onError: invalidate,
  });
}
