import { keepPreviousData, useMutation, useQueryClient } from '@tanstack/react-query';
import { taskforceCaseReviewRoutes, type AnswerReviewCaseBody, type DrawCaseSampleBody } from '@hjemvej/contract';
import { call } from '../../api/client';
import { useRouteQuery } from '../../api/use-route-query';

const caseReviewKey = (courseId: string) => ['taskforce', 'courses', courseId, 'case-review'] as const;

export function useTaskforceCaseReview(courseId: string) {
  return useRouteQuery(caseReviewKey(courseId), taskforceCaseReviewRoutes.readCaseReview, { params: { id: courseId } });
}

/** One sampled case: each fetch is a person-level read, audited and logged for the municipality. */
export function useTaskforceReviewCase(courseId: string, caseId: string) {
  return useRouteQuery(
    [...caseReviewKey(courseId), 'cases', caseId],
    taskforceCaseReviewRoutes.readReviewCase,
    { params: { id: courseId, caseId } },
    { placeholderData: keepPreviousData, refetchOnWindowFocus: false, staleTime: Infinity },
  );
}

function useCaseReviewMutation<Input, Output>(courseId: string, mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: caseReviewKey(courseId) }),
  });
}

export function useDrawCaseSample(courseId: string) {
  return useCaseReviewMutation(courseId, (body: DrawCaseSampleBody) =>
    call(taskforceCaseReviewRoutes.drawCaseSample, { params: { id: courseId }, body }),
  );
}

export function useAnswerReviewCase(courseId: string) {
  return useCaseReviewMutation(courseId, (input: { caseId: string; body: AnswerReviewCaseBody }) =>
    call(taskforceCaseReviewRoutes.answerReviewCase, { params: { id: courseId, caseId: input.caseId }, body: input.body }),
  );
}

export function useEndCaseReviewGrant(courseId: string) {
  return useCaseReviewMutation(courseId, () => call(taskforceCaseReviewRoutes.endCaseReviewGrant, { params: { id: courseId } }));
}
