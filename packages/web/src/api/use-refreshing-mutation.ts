import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';

export interface RefreshOptions {
  /**
   * Refresh also when the server refuses: a 409 (someone else saved first) means our copy is
   * old, so the current one is fetched.
   */
  alsoOnError?: boolean;
}

/**
 * A mutation that, once saved, fetches again every query under the keys it changes (before
 * `mutateAsync` resolves, so the screen shows the new state when the dialog closes).
 */
export function useRefreshingMutation<Input, Output>(
  queryKeys: readonly QueryKey[],
  mutationFn: (input: Input) => Promise<Output>,
  { alsoOnError = false }: RefreshOptions = {},
) {
  const queryClient = useQueryClient();
  const refresh = () => Promise.all(queryKeys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
  return useMutation({ mutationFn, onSuccess: refresh, ...(alsoOnError ? { onError: refresh } : {}) });
}
