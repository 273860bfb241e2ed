import { useQuery } from '@tanstack/react-query';
import { homeRoutes } from '@hjemvej/contract';
import { call } from '../../api/client';

export function useHome() {
  return useQuery({ queryKey: ['home'], queryFn: ({ signal }) => call(homeRoutes.read, { signal }) });
}
