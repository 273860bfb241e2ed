import { useQuery } from '@tanstack/react-query';
import { assessmentsRoutes, type CreateAssessmentBody, type UpdateAssessmentBody } from '@hjemvej/contract';
import { call } from '../../api/client';
import { citizensQueryKey, useCitizensMutation, useCitizenSection } from '../citizens/use-citizens';

export const assessmentsKey = (citizenId: string) => [...citizensQueryKey, 'assessments', citizenId] as const;

/** The citizen's VUM 2.0 assessments, newest first as the server sends them. */
export function useAssessments(citizenId: string, enabled = true) {
  return useCitizenSection(
    assessmentsKey(citizenId),
    async ({ signal }) => (await call(assessmentsRoutes.list, { params: { id: citizenId }, signal })).items,
    enabled,
  );
}

export function useAssessment(id: string) {
  return useQuery({
    queryKey: [...citizensQueryKey, 'assessment', id],
    queryFn: ({ signal }) => call(assessmentsRoutes.read, { params: { id }, signal }),
  });
}

export function useCreateAssessment(citizenId: string) {
  return useCitizensMutation((body: CreateAssessmentBody) => call(assessmentsRoutes.create, { params: { id: citizenId }, body }));
}

export function useUpdateAssessment(id: string) {
  // A 409 means someone else saved first: refresh so the dialog can show the record as it is now.
  return useCitizensMutation((body: UpdateAssessmentBody) => call(assessmentsRoutes.update, { params: { id }, body }), {
    alsoOnError: true,
  });
}
