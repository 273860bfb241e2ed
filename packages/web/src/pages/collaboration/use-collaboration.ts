import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Agreement,
  AgreementList,
  CollaborationUnitList,
  Consent,
  ConsentList,
  CreateAgreementBody,
  CreateConsentBody,
  CreateMeetingBody,
  CreateMeetingDecisionBody,
  NetworkMeeting,
  NetworkMeetingList,
  PartnerCitizenList,
  PartnerCitizenView,
  TimeReport,
  TimeReportCitizens,
  UpdateAgreementBody,
  UpdateMeetingBody,
  WithdrawConsentBody,
} from '@hjemvej/contract';
import { api } from '../../api/client';
import { citizensQueryKey, useInvalidateCitizens } from '../citizens/use-citizens';

/** Consents, meetings and the partner view hang under the citizens key: a change there refreshes them. */
export function useConsents(citizenId: string) {
  return useQuery({
    queryKey: [...citizensQueryKey, 'consents', citizenId],
    queryFn: ({ signal }) => api.get<ConsentList>(`/citizens/${citizenId}/consents`, { signal }),
  });
}

export function useCreateConsent(citizenId: string) {
  const invalidate = useInvalidateCitizens();
  return useMutation({
    mutationFn: (body: CreateConsentBody) => api.post<Consent>(`/citizens/${citizenId}/consents`, body),
    onSuccess: invalidate,
  });
}

export function useWithdrawConsent() {
  const invalidate = useInvalidateCitizens();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: WithdrawConsentBody }) => api.post<Consent>(`/consents/${id}/withdraw`, body),
    onSuccess: invalidate,
  });
}

export function usePartnerCitizens() {
  return useQuery({
    queryKey: [...citizensQueryKey, 'partner-view'],
    queryFn: ({ signal }) => api.get<PartnerCitizenList>('/partner/citizens', { signal }),
  });
}

export function usePartnerCitizen(id: string) {
  return useQuery({
    queryKey: [...citizensQueryKey, 'partner-view', id],
    queryFn: ({ signal }) => api.get<PartnerCitizenView>(`/partner/citizens/${id}`, { signal }),
    retry: false,
  });
}

export function useMeetings(citizenId: string) {
  return useQuery({
    queryKey: [...citizensQueryKey, 'meetings', citizenId],
    queryFn: ({ signal }) => api.get<NetworkMeetingList>(`/citizens/${citizenId}/network-meetings`, { signal }),
  });
}

export function useMeeting(id: string) {
  return useQuery({
    queryKey: [...citizensQueryKey, 'meeting', id],
    queryFn: ({ signal }) => api.get<NetworkMeeting>(`/network-meetings/${id}`, { signal }),
  });
}

export function useCreateMeeting(citizenId: string) {
  const invalidate = useInvalidateCitizens();
  return useMutation({
    mutationFn: (body: CreateMeetingBody) => api.post<NetworkMeeting>(`/citizens/${citizenId}/network-meetings`, body),
    onSuccess: invalidate,
  });
}

export function useUpdateMeeting(id: string) {
  const invalidate = useInvalidateCitizens();
  return useMutation({
    mutationFn: (body: UpdateMeetingBody) => api.patch<NetworkMeeting>(`/network-meetings/${id}`, body),
    onSuccess: invalidate,
    onError: invalidate,
  });
}

export function useAddDecision(meetingId: string) {
  const invalidate = useInvalidateCitizens();
  return useMutation({
    mutationFn: (body: CreateMeetingDecisionBody) => api.post<NetworkMeeting>(`/network-meetings/${meetingId}/decisions`, body),
    onSuccess: invalidate,
  });
}

export function useCollaborationUnits(enabled = true) {
  return useQuery({
    queryKey: ['collaboration-units'],
    queryFn: ({ signal }) => api.get<CollaborationUnitList>('/collaboration/units', { signal }),
    enabled,
  });
}

const agreementsKey = ['agreements'] as const;

export function useAgreements() {
  return useQuery({
    queryKey: agreementsKey,
    queryFn: ({ signal }) => api.get<AgreementList>('/agreements', { signal }),
  });
}

export function useSaveAgreement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: null; body: CreateAgreementBody } | { id: string; body: UpdateAgreementBody }) =>
      input.id === null
        ? api.post<Agreement>('/agreements', input.body)
        : api.patch<Agreement>(`/agreements/${input.id}`, input.body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: agreementsKey }),
  });
}

export function useTimeReport(from: string, to: string) {
  return useQuery({
    queryKey: ['time-report', from, to],
    queryFn: ({ signal }) => api.get<TimeReport>('/time-report', { query: { from, to }, signal }),
    enabled: from !== '' && to !== '',
  });
}

export function useTimeReportCitizens(from: string, to: string, bar: string | null) {
  return useQuery({
    queryKey: ['time-report', from, to, 'citizens', bar],
    queryFn: ({ signal }) => api.get<TimeReportCitizens>('/time-report/citizens', { query: { from, to, bar }, signal }),
    enabled: bar !== null,
  });
}
