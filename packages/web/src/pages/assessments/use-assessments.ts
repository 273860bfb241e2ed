import { useMutation, useQuery } from '@tanstack/react-query';
import type { Assessment, CreateAssessmentBody, UpdateAssessmentBody } from '@hjemvej/contract';
import { api } from '../../api/client';
import { citizensQueryKey, useInvalidateCitizens } from '../citizens/use-citizens';

/** The citizen's VUM 2.0 assessments, newest first as the server sends them. */
export function useAssessments(citizenId: string) {
  return useQuery({
    queryKey: [...citizensQueryKey, 'assessments', citizenId],
    queryFn: async ({ signal }) =>
      (await api.get<{ items: Assessment[] }>(`/citizens/${citizenId}/assessments`, { signal })).items,
  });
}

export function useAssessment(id: string) {
  return useQuery({
    queryKey: [...citizensQueryKey, 'assessment', id],
    queryFn: ({ signal }) => api.get<Assessment>(`/assessments/${id}`, { signal }),
  });
}

export function useCreateAssessment(citizenId: string) {
  const invalidate = useInvalidateCitizens();
  return useMutation({
    mutationFn: (body: CreateAssessmentBody) => api.post<Assessment>(`/citizens/${citizenId}/assessments`, body),
    onSuccess: invalidate,
  });
}

export function useUpdateAssessment(id: string) {
  const invalidate = useInvalidateCitizens();
  return useMutation({
    mutationFn: (body: UpdateAssessmentBody) => api.patch<Assessment>(`/assessments/${id}`, body),
    onSuccess: invalidate,
    // A 409 means someone else saved first: refresh so the dialog can show the record as it is now.
    onError: invalidate,
  });
}
