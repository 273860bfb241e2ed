import { QueryClient } from '@tanstack/react-query';
import { retryDelayMs, shouldRetry } from './connection';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // networkMode 'always': offline, a request fails at once (and the banner says why) rather
      // than waiting, spinning, for the browser to come back.
      queries: {
        retry: shouldRetry,
        retryDelay: retryDelayMs,
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        refetchOnReconnect: true,
        networkMode: 'always',
      },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
