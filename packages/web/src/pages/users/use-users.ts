import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '@hjemvej/domain';
import type { CreateUserBody, UpdateUserBody, User } from '@hjemvej/contract';
import { api } from '../../api/client';

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
    queryFn: async () =>
      (
        await api.get<{ items: User[] }>('/users', {
          query: { search: filters.search.trim(), role: filters.role, active: filters.active },
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
    mutationFn: (body: CreateUserBody) => api.post<User>('/users', body),
    onSuccess: invalidate,
  });
}

export function useUpdateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateUserBody }) => api.patch<User>(`/users/${id}`, body),
    onSuccess: invalidate,
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) => api.post<void>(`/users/${id}/password`, { password }),
  });
}
