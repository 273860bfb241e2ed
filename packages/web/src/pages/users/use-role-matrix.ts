import { useQuery } from '@tanstack/react-query';
import { usersRoutes } from '@hjemvej/contract';
import { call } from '../../api/client';

export function useRoleMatrix() {
  return useQuery({ queryKey: ['roles'], queryFn: ({ signal }) => call(usersRoutes.roles, { signal }), staleTime: 5 * 60_000 });
}
