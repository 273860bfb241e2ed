import { onlineManager, type QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/api-error';

/**
 * A lost connection, not an answer: the server could not be reached (status 0), or a gateway in
 * front of it says it is gone (502, 503, 504).
 */
export function isConnectionError(error: unknown): boolean {
  return isApiError(error) && [0, 502, 503, 504].includes(error.status);
}

/**
 * Queries are retried once, quickly, and only when the request did not reach the server (a blip).
 * An answer from the server (4xx, 5xx) is shown at once: retrying it only makes the user wait.
 * A lost connection is said at once by the connection banner, and queries are fetched again when
 * the browser is back online (refetchOnReconnect) or the banner retries.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return isApiError(error) && error.status === 0 && onlineManager.isOnline() && failureCount < 1;
}

export const retryDelayMs = 300;

/** How often the banner tries the failed queries again while the browser is online but the server is not there. */
export const reconnectIntervalMs = 10_000;

export type ConnectionState = 'online' | 'offline' | 'serverGone';

/**
 * Watches the browser's online state and every query's and mutation's outcome: offline when the
 * browser says so, serverGone from a connection error until any request succeeds again.
 */
export function watchConnection(queryClient: QueryClient, onChange: (state: ConnectionState) => void): () => void {
  let serverGone = false;
  let last: ConnectionState | null = null;
  const emit = () => {
    const state: ConnectionState = !onlineManager.isOnline() ? 'offline' : serverGone ? 'serverGone' : 'online';
    if (state !== last) {
      last = state;
      onChange(state);
    }
  };
  const outcome = (action: { type: string; error?: unknown; manual?: boolean }) => {
    // Data set by the app itself (setQueryData) says nothing about the server.
    if (action.type === 'success' && action.manual !== true) serverGone = false;
    else if ((action.type === 'error' || action.type === 'failed') && isConnectionError(action.error)) serverGone = true;
    else return;
    emit();
  };
  const unsubscribers = [
    onlineManager.subscribe(emit),
    queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated') outcome(event.action);
    }),
    queryClient.getMutationCache().subscribe((event) => {
      if (event.type === 'updated') outcome(event.action);
    }),
  ];
  emit();
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}

/** Fetches again every query on screen that failed. */
export function refetchFailed(queryClient: QueryClient): Promise<void> {
  return queryClient.refetchQueries({ type: 'active', predicate: (query) => query.state.status === 'error' });
}
