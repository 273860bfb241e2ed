import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '@hjemvej/domain';
import { usersRoutes, type CreateUserBody, type UpdateUserBody } from '@hjemvej/contract';
import { call } from '../../api/client';

export type ActiveFilter = 'true' | 'false' | 'all';

export interface UserFilters {
  search: string;
  role: Role | null;
  active: ActiveFilter;
}

export const usersQueryKey = ['users'] as const;

export function useUsers(filters: UserFilters, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...usersQueryKey, filters],
    queryFn: async ({ signal }) =>
      (
        await call(usersRoutes.list, {
          query: { search: filters.search.trim(), role: filters.role ?? undefined, active: filters.active },
          signal,
        })
      ).items,
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

function useInvalidateUsers() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: usersQueryKey }),
      queryClient.invalidateQueries({ queryKey: ['units'] }),
      queryClient.invalidateQueries({ queryKey: ['home'] }),
    ]);
}

export function useCreateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (body: CreateUserBody) => call(usersRoutes.create, { body }),
    onSuccess: invalidate,
  });
}

export function useUpdateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateUserBody }) => call(usersRoutes.update, { params: { id }, body }),
    onSuccess: invalidate,
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) =>
      call(usersRoutes.resetPassword, { params: { id }, body: { password } }),
  });
}
