import { linkedUnitsRoutes } from '@hjemvej/contract';
import { useRouteQuery } from '../../api/use-route-query';

/** The units the user's organisation works with (own and partners'), with their active members. */
export function useLinkedUnits(enabled = true) {
  return useRouteQuery(['linked-units'], linkedUnitsRoutes.list, {}, { enabled });
}
