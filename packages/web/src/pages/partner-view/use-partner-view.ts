import { useQuery } from '@tanstack/react-query';
import { partnerViewRoutes } from '@hjemvej/contract';
import { call } from '../../api/client';
import { citizensQueryKey } from '../citizens/use-citizens';

/** The partner's consented citizens, under the citizens key so a consent change refreshes them. */
export function usePartnerCitizens() {
  return useQuery({
    queryKey: [...citizensQueryKey, 'partner-view'],
    queryFn: ({ signal }) => call(partnerViewRoutes.list, { signal }),
  });
}

export function usePartnerCitizen(id: string) {
  return useQuery({
    queryKey: [...citizensQueryKey, 'partner-view', id],
    queryFn: ({ signal }) => call(partnerViewRoutes.read, { params: { id }, signal }),
    retry: false,
  });
}
