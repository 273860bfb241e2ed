import { useQuery } from '@tanstack/react-query';
import type { HomeResponse } from '@hjemvej/contract';
import { api } from '../../api/client';

export function useHome() {
  return useQuery({ queryKey: ['home'], queryFn: () => api.get<HomeResponse>('/home') });
}
