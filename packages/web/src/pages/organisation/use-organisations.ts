import { useQuery } from '@tanstack/react-query';
import { organisationRoutes } from '@hjemvej/contract';
import { call } from '../../api/client';

export const organisationsQueryKey = ['organisations'] as const;

/** Every organisation of the installation (the system administrator's view). */
export function useOrganisations(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: organisationsQueryKey,
    queryFn: async ({ signal }) => (await call(organisationRoutes.list, { signal })).items,
    enabled: options.enabled ?? true,
  });
}
