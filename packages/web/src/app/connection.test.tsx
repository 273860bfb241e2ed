import { afterEach, describe, expect, it, vi } from 'vitest';
import { onlineManager, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, screen, waitFor } from '@testing-library/react';
import { ApiError } from '../api/api-error';
import { renderWithProviders } from '../test/render';
import { ConnectionBanner } from './connection-banner';
import { shouldRetry } from './connection';
import { createQueryClient } from './query-client';

const networkError = new ApiError(0, { code: 'network_error', message: '' });
const answer = (status: number) => new ApiError(status, { code: `http_${status}`, message: 'Fejl' });

afterEach(() => {
  onlineManager.setOnline(true);
});

describe('retrying queries', () => {
  it('retries a request that did not reach the server once, and an answer from the server never', () => {
    expect(shouldRetry(0, networkError)).toBe(true);
    expect(shouldRetry(1, networkError)).toBe(false);
    for (const status of [400, 404, 422, 500, 502, 503]) expect(shouldRetry(0, answer(status))).toBe(false);
  });

  it('does not retry while the browser is offline', () => {
    onlineManager.setOnline(false);
    expect(shouldRetry(0, networkError)).toBe(false);
  });

  it('fails a query at once when offline instead of pausing it (spinning) until the browser is back', async () => {
    const client = createQueryClient();
    onlineManager.setOnline(false);
    const queryFn = vi.fn().mockRejectedValueOnce(networkError).mockResolvedValue('data');
    await expect(client.fetchQuery({ queryKey: ['x'], queryFn })).rejects.toBe(networkError);
    expect(client.getQueryState(['x'])?.fetchStatus).toBe('idle');
    expect(client.getDefaultOptions().queries?.refetchOnReconnect).toBe(true);
  });
});

function Failing({ queryFn }: { queryFn: () => Promise<string> }) {
  const query = useQuery({ queryKey: ['thing'], queryFn });
  return <p>{query.data ?? 'no data'}</p>;
}

describe('the connection banner', () => {
  it('says at once that the browser is offline, and goes when it is back', async () => {
    renderWithProviders(<ConnectionBanner />);
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => onlineManager.setOnline(false));
    expect((await screen.findByRole('alert')).textContent).toContain('connection.offlineTitle');
    act(() => onlineManager.setOnline(true));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('says the server is gone on the first failed request, retries on request, and goes when a request succeeds', async () => {
    const client = createQueryClient();
    const queryFn = vi.fn<() => Promise<string>>().mockRejectedValueOnce(networkError).mockRejectedValueOnce(networkError);
    queryFn.mockResolvedValue('data');
    const { getByRole, findByText } = renderWithProviders(
      <QueryClientProvider client={client}>
        <ConnectionBanner />
        <Failing queryFn={queryFn} />
      </QueryClientProvider>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('connection.serverGoneTitle');
    await waitFor(() => expect(queryFn).toHaveBeenCalledTimes(2));
    act(() => getByRole('button', { name: 'common.retry' }).click());
    expect(await findByText('data')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('is not shown for an answer from the server', async () => {
    const client = createQueryClient();
    const queryFn = vi.fn<() => Promise<string>>().mockRejectedValue(answer(500));
    renderWithProviders(
      <QueryClientProvider client={client}>
        <ConnectionBanner />
        <Failing queryFn={queryFn} />
      </QueryClientProvider>,
    );
    await waitFor(() => expect(client.getQueryState(['thing'])?.status).toBe('error'));
    expect(queryFn).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
