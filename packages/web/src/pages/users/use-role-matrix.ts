import { usersRoutes } from '@hjemvej/contract';
import { useRouteQuery } from '../../api/use-route-query';

export function useRoleMatrix() {
  return useRouteQuery(['roles'], usersRoutes.roles, {}, { staleTime: 5 * 60_000 });
}
