import { describe, expect, it, vi } from 'vitest';
import { act } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { useRefreshingMutation } from './use-refreshing-mutation';

function setUp(options?: { alsoOnError?: boolean }, fails = false) {
  const client = new QueryClient();
  const invalidate = vi.spyOn(client, 'invalidateQueries').mockResolvedValue();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const mutationFn = (n: number) => (fails ? Promise.reject(new Error('409')) : Promise.resolve(n * 2));
  const { result } = renderHook(() => useRefreshingMutation([['citizens'], ['tasks']], mutationFn, options), { wrapper });
  return { result, invalidate };
}

describe('useRefreshingMutation', () => {
  it('refreshes every key it changes once saved, before mutateAsync resolves', async () => {
    const { result, invalidate } = setUp();
    let answer = 0;
    await act(async () => {
      answer = await result.current.mutateAsync(21);
    });
    expect(answer).toBe(42);
    expect(invalidate.mock.calls.map(([filters]) => filters?.queryKey)).toEqual([['citizens'], ['tasks']]);
  });

  it('refreshes on a refusal only when asked to', async () => {
    const quiet = setUp({}, true);
    await act(async () => {
      await quiet.result.current.mutateAsync(1).catch(() => undefined);
    });
    expect(quiet.invalidate).not.toHaveBeenCalled();
    const loud = setUp({ alsoOnError: true }, true);
    await act(async () => {
      await loud.result.current.mutateAsync(1).catch(() => undefined);
    });
    expect(loud.invalidate).toHaveBeenCalledTimes(2);
  });
});
