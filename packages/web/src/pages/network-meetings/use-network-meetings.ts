import {
  networkMeetingsRoutes,
  type CreateNetworkMeetingBody,
  type CreateNetworkMeetingDecisionBody,
  type UpdateNetworkMeetingBody,
} from '@hjemvej/contract';
import { call } from '../../api/client';
import { useRouteQuery } from '../../api/use-route-query';
import { citizensQueryKey, useCitizensMutation, useCitizenSection } from '../citizens/use-citizens';

export const networkMeetingsKey = (citizenId: string) => [...citizensQueryKey, 'meetings', citizenId] as const;

/** Meetings hang under the citizens key: a change there refreshes them. */
export function useNetworkMeetings(citizenId: string) {
  return useCitizenSection(networkMeetingsKey(citizenId), ({ signal }) =>
    call(networkMeetingsRoutes.list, { params: { id: citizenId }, signal }),
  );
}

export function useNetworkMeeting(id: string) {
  return useRouteQuery([...citizensQueryKey, 'meeting', id], networkMeetingsRoutes.read, { params: { id } });
}

export function useCreateNetworkMeeting(citizenId: string) {
  return useCitizensMutation((body: CreateNetworkMeetingBody) =>
    call(networkMeetingsRoutes.create, { params: { id: citizenId }, body }),
  );
}

export function useUpdateNetworkMeeting(id: string) {
  return useCitizensMutation((body: UpdateNetworkMeetingBody) => call(networkMeetingsRoutes.update, { params: { id }, body }), {
    alsoOnError: true,
  });
}

export function useAddNetworkMeetingDecision(meetingId: string) {
  return useCitizensMutation((body: CreateNetworkMeetingDecisionBody) =>
    call(networkMeetingsRoutes.addDecision, { params: { id: meetingId }, body }),
  );
}
