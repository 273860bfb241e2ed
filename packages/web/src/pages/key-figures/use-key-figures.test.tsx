import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { keyFiguresRoutes } from '@hjemvej/contract';
import { call } from '../../api/client';
import { usePeriodFigures } from './use-key-figures';

vi.mock('../../api/client', () => ({ call: vi.fn() }));

function wrapper({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

const period = { from: '2026-01-01', to: '2026-06-30', referenceDate: '2026-06-30' };

afterEach(() => vi.mocked(call).mockReset());

describe('usePeriodFigures', () => {
  it('does not ask while a date is empty', () => {
    const { result } = renderHook(
      () => usePeriodFigures(['key-figures'], keyFiguresRoutes.read, { query: { ...period, referenceDate: '' } }),
      { wrapper },
    );
    expect(result.current.fetchStatus).toBe('idle');
    expect(call).not.toHaveBeenCalled();
  });

  it('asks the route for the period, and keeps the previous figures while the next period loads', async () => {
    vi.mocked(call).mockResolvedValueOnce({ figures: 'first' });
    const { result, rerender } = renderHook(
      ({ to }: { to: string }) => usePeriodFigures(['key-figures', to], keyFiguresRoutes.read, { query: { ...period, to } }),
      { wrapper, initialProps: { to: period.to } },
    );
    await waitFor(() => expect(result.current.data).toEqual({ figures: 'first' }));
    expect(vi.mocked(call).mock.calls[0]?.[1]).toMatchObject({ query: period });

    vi.mocked(call).mockReturnValueOnce(new Promise(() => undefined));
    rerender({ to: '2026-12-31' });
    expect(result.current.data).toEqual({ figures: 'first' });
    expect(result.current.isPlaceholderData).toBe(true);
  });
});
