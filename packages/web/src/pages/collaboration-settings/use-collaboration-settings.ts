import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { collaborationSettingsRoutes, type UpdateCollaborationSettingsBody } from '@hjemvej/contract';
import { call } from '../../api/client';

const collaborationSettingsQueryKey = ['collaboration-settings'] as const;

export function useCollaborationSettings() {
  return useQuery({
    queryKey: collaborationSettingsQueryKey,
    queryFn: ({ signal }) => call(collaborationSettingsRoutes.read, { signal }),
  });
}

export function useSaveCollaborationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateCollaborationSettingsBody) => call(collaborationSettingsRoutes.update, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: collaborationSettingsQueryKey }),
  });
}
