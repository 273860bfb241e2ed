import { partnerViewRoutes } from '@hjemvej/contract';
import { useRouteQuery } from '../../api/use-route-query';
import { citizensQueryKey } from '../citizens/use-citizens';

/** The partner's consented citizens, under the citizens key so a consent change refreshes them. */
export function usePartnerCitizens() {
  return useRouteQuery([...citizensQueryKey, 'partner-view'], partnerViewRoutes.list, {});
}

export function usePartnerCitizen(id: string) {
  return useRouteQuery([...citizensQueryKey, 'partner-view', id], partnerViewRoutes.read, { params: { id } }, { retry: false });
}
