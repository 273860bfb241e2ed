import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  taskforceRoutes,
  type CreateTaskforceApplicationBody,
  type TaskforceDecisionBody,
  type UpdateTaskforceApplicationBody,
} from '@hjemvej/contract';
import { call } from '../../api/client';

const taskforceQueryKey = ['taskforce'] as const;

export function useTaskforceApplications() {
  return useQuery({
    queryKey: [...taskforceQueryKey, 'applications'],
    queryFn: ({ signal }) => call(taskforceRoutes.listApplications, { signal }),
  });
}

export function useTaskforceSeasons() {
  return useQuery({
    queryKey: [...taskforceQueryKey, 'seasons'],
    queryFn: ({ signal }) => call(taskforceRoutes.listSeasons, { signal }),
  });
}

/** Every taskforce answer may change applications, seasons and courses at once. */
function useTaskforceMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: taskforceQueryKey }),
  });
}

export function useSaveTaskforceApplication() {
  return useTaskforceMutation(
    (input: { id: null; body: CreateTaskforceApplicationBody } | { id: string; body: UpdateTaskforceApplicationBody }) =>
      input.id === null
        ? call(taskforceRoutes.createApplication, { body: input.body })
        : call(taskforceRoutes.updateApplication, { params: { id: input.id }, body: input.body }),
  );
}

export function useDecideTaskforceApplication() {
  return useTaskforceMutation((input: { id: string; body: TaskforceDecisionBody }) =>
    call(taskforceRoutes.decideApplication, { params: { id: input.id }, body: input.body }),
  );
}

export function useSetSeasonCapacity() {
  return useTaskforceMutation((input: { season: string; capacity: number }) =>
    call(taskforceRoutes.setSeasonCapacity, { params: { season: input.season }, body: { capacity: input.capacity } }),
  );
}
