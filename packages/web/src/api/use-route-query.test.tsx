import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { taskforceRoutes } from '@hjemvej/contract';
import { call } from './client';
import { useRouteQuery } from './use-route-query';

vi.mock('./client', () => ({ call: vi.fn() }));

function wrapper({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

afterEach(() => vi.mocked(call).mockReset());

describe('useRouteQuery', () => {
  it('calls the route with its input and the query’s signal, and answers with what it returns', async () => {
    vi.mocked(call).mockResolvedValue({ id: 'c1' });
    const { result } = renderHook(
      () => useRouteQuery(['taskforce', 'courses', 'c1'], taskforceRoutes.readCourse, { params: { id: 'c1' } }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.data).toEqual({ id: 'c1' }));
    const [route, input] = vi.mocked(call).mock.calls[0] ?? [];
    expect(route).toBe(taskforceRoutes.readCourse);
    expect(input).toMatchObject({ params: { id: 'c1' } });
    expect((input as { signal?: unknown }).signal).toBeInstanceOf(AbortSignal);
  });

  it('does not call the route while it is not enabled', () => {
    const { result } = renderHook(
      () => useRouteQuery(['taskforce', 'courses'], taskforceRoutes.listCourses, {}, { enabled: false }),
      { wrapper },
    );
    expect(result.current.fetchStatus).toBe('idle');
    expect(call).not.toHaveBeenCalled();
  });
});
