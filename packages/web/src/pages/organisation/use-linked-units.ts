import { useQuery } from '@tanstack/react-query';
import { linkedUnitsRoutes } from '@hjemvej/contract';
import { call } from '../../api/client';

/** The units the user's organisation works with (own and partners'), with their active members. */
export function useLinkedUnits(enabled = true) {
  return useQuery({
    queryKey: ['linked-units'],
    queryFn: ({ signal }) => call(linkedUnitsRoutes.list, { signal }),
    enabled,
  });
}
