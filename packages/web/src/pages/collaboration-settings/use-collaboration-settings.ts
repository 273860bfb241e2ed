import { useQuery } from '@tanstack/react-query';
import { collaborationSettingsRoutes, type UpdateCollaborationSettingsBody } from '@hjemvej/contract';
import { call } from '../../api/client';
import { useRefreshingMutation } from '../../api/use-refreshing-mutation';

const collaborationSettingsQueryKey = ['collaboration-settings'] as const;

export function useCollaborationSettings() {
  return useQuery({
    queryKey: collaborationSettingsQueryKey,
    queryFn: ({ signal }) => call(collaborationSettingsRoutes.read, { signal }),
  });
}

export function useSaveCollaborationSettings() {
  return useRefreshingMutation([collaborationSettingsQueryKey], (body: UpdateCollaborationSettingsBody) =>
    call(collaborationSettingsRoutes.update, { body }),
  );
}
