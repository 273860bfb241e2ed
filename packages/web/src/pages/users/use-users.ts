import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { Role } from '@hjemvej/domain';
import { usersRoutes, type CreateUserBody, type UpdateUserBody } from '@hjemvej/contract';
import { call } from '../../api/client';
import { useRefreshingMutation, type RefreshOptions } from '../../api/use-refreshing-mutation';

export type ActiveFilter = 'true' | 'false' | 'all';

export interface UserFilters {
  search: string;
  role: Role | null;
  active: ActiveFilter;
  /** Only this organisation's users (the system administrator's list spans every organisation). */
  organisationId?: string | null;
}

export const usersQueryKey = ['users'] as const;

export function useUsers(filters: UserFilters, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...usersQueryKey, filters],
    queryFn: async ({ signal }) =>
      (
        await call(usersRoutes.list, {
          query: {
            search: filters.search.trim(),
            role: filters.role ?? undefined,
            active: filters.active,
            organisationId: filters.organisationId ?? undefined,
          },
          signal,
        })
      ).items,
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

/** A change of a user also changes the units' member counts and the home page. */
function useUsersMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>, options?: RefreshOptions) {
  return useRefreshingMutation([usersQueryKey, ['units'], ['home']], mutationFn, options);
}

export function useCreateUser() {
  return useUsersMutation((body: CreateUserBody) => call(usersRoutes.create, { body }));
}

export function useUpdateUser() {
  return useUsersMutation(({ id, body }: { id: string; body: UpdateUserBody }) =>
    call(usersRoutes.update, { params: { id }, body }),
  );
}

export function useResetPassword() {
  return useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) =>
      call(usersRoutes.resetPassword, { params: { id }, body: { password } }),
  });
}
