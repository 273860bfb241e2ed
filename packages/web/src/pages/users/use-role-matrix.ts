import { useQuery } from '@tanstack/react-query';
import type { RoleMatrix } from '@hjemvej/contract';
import { api } from '../../api/client';

export function useRoleMatrix() {
  return useQuery({ queryKey: ['roles'], queryFn: () => api.get<RoleMatrix>('/roles'), staleTime: 5 * 60_000 });
}
