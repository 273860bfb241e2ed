import {
  routeUrl,
  taskforceAnchoringRoutes,
  taskforceReportRoutes,
  type CreateTaskforceRecommendationBody,
  type UpdateTaskforceRecommendationBody,
} from '@hjemvej/contract';
import { call } from '../../api/client';
import { useRouteQuery } from '../../api/use-route-query';
import { taskforceQueryKey, useTaskforceCourseChange, useTaskforceCoursePart, useTaskforceMutation } from './use-taskforce';

export function useTaskforceReport(courseId: string) {
  return useTaskforceCoursePart(courseId, 'report', taskforceReportRoutes.readReport);
}

export function useSaveTaskforceReport() {
  return useTaskforceCourseChange(taskforceReportRoutes.saveReport);
}

export function useSaveTaskforceRecommendation() {
  return useTaskforceMutation(
    (
      input:
        | { id: string; recommendationId: null; body: CreateTaskforceRecommendationBody }
        | { id: string; recommendationId: string; body: UpdateTaskforceRecommendationBody },
    ) =>
      input.recommendationId === null
        ? call(taskforceReportRoutes.createRecommendation, { params: { id: input.id }, body: input.body })
        : call(taskforceReportRoutes.updateRecommendation, {
            params: { id: input.id, recommendationId: input.recommendationId },
            body: input.body,
          }),
  );
}

/** Removes a recommendation from the draft (the version the user saw: 409 when someone changed it since). */
export function useDeleteTaskforceRecommendation() {
  return useTaskforceMutation((input: { id: string; recommendationId: string; version: number }) =>
    call(taskforceReportRoutes.deleteRecommendation, {
      params: { id: input.id, recommendationId: input.recommendationId },
      query: { version: input.version },
    }),
  );
}

/** A recommendation becomes a development point: the plan changes too, so every taskforce answer is refetched. */
export function useChooseTaskforceRecommendation() {
  return useTaskforceMutation((input: { id: string; recommendationId: string }) =>
    call(taskforceReportRoutes.choosePoint, { params: input }),
  );
}

export function useTaskforceAnchoring(courseId: string) {
  return useTaskforceCoursePart(courseId, 'anchoring', taskforceAnchoringRoutes.readAnchoring);
}

export function useSaveTaskforceAnchoring() {
  return useTaskforceCourseChange(taskforceAnchoringRoutes.saveAnchoring);
}

export function useTaskforceEffects(courseId: string) {
  return useTaskforceCoursePart(courseId, 'effects', taskforceAnchoringRoutes.readEffects);
}

export function useTaskforceDashboardGoals() {
  return useRouteQuery([...taskforceQueryKey, 'dashboard-goals'], taskforceAnchoringRoutes.dashboardGoals, {});
}

/** The addresses the download links open (a plain GET with the session cookie: the browser saves the file). */
export const taskforceReportPdfUrl = (courseId: string) => routeUrl(taskforceReportRoutes.downloadReport, { id: courseId });
export const taskforceEffectsPdfUrl = (courseId: string) => routeUrl(taskforceAnchoringRoutes.downloadEffects, { id: courseId });
