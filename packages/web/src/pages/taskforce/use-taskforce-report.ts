import { useQuery } from '@tanstack/react-query';
import {
  routeUrl,
  taskforceAnchoringRoutes,
  taskforceReportRoutes,
  type CreateTaskforceRecommendationBody,
  type SaveTaskforceAnchoringBody,
  type SaveTaskforceReportBody,
  type UpdateTaskforceRecommendationBody,
} from '@hjemvej/contract';
import { call } from '../../api/client';
import { taskforceQueryKey, useTaskforceMutation } from './use-taskforce';

export function useTaskforceReport(courseId: string) {
  return useQuery({
    queryKey: [...taskforceQueryKey, 'courses', courseId, 'report'],
    queryFn: ({ signal }) => call(taskforceReportRoutes.readReport, { params: { id: courseId }, signal }),
  });
}

export function useSaveTaskforceReport() {
  return useTaskforceMutation((input: { id: string; body: SaveTaskforceReportBody }) =>
    call(taskforceReportRoutes.saveReport, { params: { id: input.id }, body: input.body }),
  );
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
  return useQuery({
    queryKey: [...taskforceQueryKey, 'courses', courseId, 'anchoring'],
    queryFn: ({ signal }) => call(taskforceAnchoringRoutes.readAnchoring, { params: { id: courseId }, signal }),
  });
}

export function useSaveTaskforceAnchoring() {
  return useTaskforceMutation((input: { id: string; body: SaveTaskforceAnchoringBody }) =>
    call(taskforceAnchoringRoutes.saveAnchoring, { params: { id: input.id }, body: input.body }),
  );
}

export function useTaskforceEffects(courseId: string) {
  return useQuery({
    queryKey: [...taskforceQueryKey, 'courses', courseId, 'effects'],
    queryFn: ({ signal }) => call(taskforceAnchoringRoutes.readEffects, { params: { id: courseId }, signal }),
  });
}

export function useTaskforceDashboardGoals() {
  return useQuery({
    queryKey: [...taskforceQueryKey, 'dashboard-goals'],
    queryFn: ({ signal }) => call(taskforceAnchoringRoutes.dashboardGoals, { signal }),
  });
}

/** The addresses the download links open (a plain GET with the session cookie: the browser saves the file). */
export const taskforceReportPdfUrl = (courseId: string) => routeUrl(taskforceReportRoutes.downloadReport, { id: courseId });
export const taskforceEffectsPdfUrl = (courseId: string) => routeUrl(taskforceAnchoringRoutes.downloadEffects, { id: courseId });
