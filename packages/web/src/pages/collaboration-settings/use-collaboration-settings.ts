import { collaborationSettingsRoutes, type UpdateCollaborationSettingsBody } from '@hjemvej/contract';
import { call } from '../../api/client';
import { useRefreshingMutation } from '../../api/use-refreshing-mutation';
import { useRouteQuery } from '../../api/use-route-query';

const collaborationSettingsQueryKey = ['collaboration-settings'] as const;

export function useCollaborationSettings() {
  return useRouteQuery(collaborationSettingsQueryKey, collaborationSettingsRoutes.read, {});
}

export function useSaveCollaborationSettings() {
  return useRefreshingMutation([collaborationSettingsQueryKey], (body: UpdateCollaborationSettingsBody) =>
    call(collaborationSettingsRoutes.update, { body }),
  );
}
