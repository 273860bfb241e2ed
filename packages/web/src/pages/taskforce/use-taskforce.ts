import { useQuery } from '@tanstack/react-query';
import {
  taskforcePlanChangeRoutes,
  taskforceRoutes,
  taskforceStatusRoutes,
  type CreateTaskforceStatusMeetingBody,
  type CreateTaskforceActionBody,
  type CreateTaskforceActivityBody,
  type CreateTaskforceApplicationBody,
  type CreateTaskforceGoalBody,
  type CreateTaskforceLearningBody,
  type CreateTaskforcePointBody,
  type FreezeTaskforceDataPackageBody,
  type SetTaskforceAgreementBody,
  type SetTaskforceMembersBody,
  type SetTaskforcePhasesBody,
  type TaskforceDecisionBody,
  type UpdateTaskforceActivityBody,
  type UpdateTaskforceApplicationBody,
  type UpdateTaskforceActionBody,
  type UpdateTaskforceGoalBody,
  type UpdateTaskforcePointBody,
} from '@hjemvej/contract';
import { call } from '../../api/client';
import { useRefreshingMutation } from '../../api/use-refreshing-mutation';

export const taskforceQueryKey = ['taskforce'] as const;

export function useTaskforceApplications() {
  return useQuery({
    queryKey: [...taskforceQueryKey, 'applications'],
    queryFn: ({ signal }) => call(taskforceRoutes.listApplications, { signal }),
  });
}

export function useTaskforceSeasons() {
  return useQuery({
    queryKey: [...taskforceQueryKey, 'seasons'],
    queryFn: ({ signal }) => call(taskforceRoutes.listSeasons, { signal }),
  });
}

/** Every taskforce answer may change applications, seasons and courses at once. */
export function useTaskforceMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  return useRefreshingMutation([taskforceQueryKey], mutationFn, { alsoOnError: true });
}

export function useSaveTaskforceApplication() {
  return useTaskforceMutation(
    (input: { id: null; body: CreateTaskforceApplicationBody } | { id: string; body: UpdateTaskforceApplicationBody }) =>
      input.id === null
        ? call(taskforceRoutes.createApplication, { body: input.body })
        : call(taskforceRoutes.updateApplication, { params: { id: input.id }, body: input.body }),
  );
}

export function useDecideTaskforceApplication() {
  return useTaskforceMutation((input: { id: string; body: TaskforceDecisionBody }) =>
    call(taskforceRoutes.decideApplication, { params: { id: input.id }, body: input.body }),
  );
}

export function useSetSeasonCapacity() {
  return useTaskforceMutation((input: { season: string; capacity: number }) =>
    call(taskforceRoutes.setSeasonCapacity, { params: { season: input.season }, body: { capacity: input.capacity } }),
  );
}

export function useTaskforceCourses() {
  return useQuery({
    queryKey: [...taskforceQueryKey, 'courses'],
    queryFn: ({ signal }) => call(taskforceRoutes.listCourses, { signal }),
  });
}

export function useTaskforceCourse(id: string) {
  return useQuery({
    queryKey: [...taskforceQueryKey, 'courses', id],
    queryFn: ({ signal }) => call(taskforceRoutes.readCourse, { params: { id }, signal }),
  });
}

export function useSetTaskforcePhases() {
  return useTaskforceMutation((input: { id: string; body: SetTaskforcePhasesBody }) =>
    call(taskforceRoutes.setPhases, { params: { id: input.id }, body: input.body }),
  );
}

export function useCreateTaskforceActivity() {
  return useTaskforceMutation((input: { id: string; body: CreateTaskforceActivityBody }) =>
    call(taskforceRoutes.createActivity, { params: { id: input.id }, body: input.body }),
  );
}

export function useUpdateTaskforceActivity() {
  return useTaskforceMutation((input: { id: string; activityId: string; body: UpdateTaskforceActivityBody }) =>
    call(taskforceRoutes.updateActivity, { params: { id: input.id, activityId: input.activityId }, body: input.body }),
  );
}

export function useSetTaskforceAgreement() {
  return useTaskforceMutation((input: { id: string; body: SetTaskforceAgreementBody }) =>
    call(taskforceRoutes.setAgreement, { params: { id: input.id }, body: input.body }),
  );
}

export function useSetTaskforceMembers() {
  return useTaskforceMutation((input: { id: string; body: SetTaskforceMembersBody }) =>
    call(taskforceRoutes.setMembers, { params: { id: input.id }, body: input.body }),
  );
}

export function useTaskforceDataPackages(courseId: string) {
  return useQuery({
    queryKey: [...taskforceQueryKey, 'courses', courseId, 'packages'],
    queryFn: ({ signal }) => call(taskforceRoutes.listDataPackages, { params: { id: courseId }, signal }),
  });
}

export function useTaskforceDataPackage(courseId: string, packageId: string | null) {
  return useQuery({
    queryKey: [...taskforceQueryKey, 'courses', courseId, 'packages', packageId],
    queryFn: ({ signal }) =>
      call(taskforceRoutes.readDataPackage, { params: { id: courseId, packageId: packageId ?? '' }, signal }),
    enabled: packageId !== null,
    // A frozen package never changes.
    staleTime: Infinity,
  });
}

export function useFreezeTaskforceDataPackage() {
  return useTaskforceMutation((input: { id: string; body: FreezeTaskforceDataPackageBody }) =>
    call(taskforceRoutes.freezeDataPackage, { params: { id: input.id }, body: input.body }),
  );
}

export function useTaskforcePlan(courseId: string) {
  return useQuery({
    queryKey: [...taskforceQueryKey, 'courses', courseId, 'plan'],
    queryFn: ({ signal }) => call(taskforceRoutes.readPlan, { params: { id: courseId }, signal }),
  });
}

export function useCreateTaskforcePoint() {
  return useTaskforceMutation((input: { id: string; body: CreateTaskforcePointBody }) =>
    call(taskforceRoutes.createPoint, { params: { id: input.id }, body: input.body }),
  );
}

export function useCreateTaskforceGoal() {
  return useTaskforceMutation((input: { id: string; pointId: string; body: CreateTaskforceGoalBody }) =>
    call(taskforceRoutes.createGoal, { params: { id: input.id, pointId: input.pointId }, body: input.body }),
  );
}

export function useCreateTaskforceAction() {
  return useTaskforceMutation((input: { id: string; goalId: string; body: CreateTaskforceActionBody }) =>
    call(taskforceRoutes.createAction, { params: { id: input.id, goalId: input.goalId }, body: input.body }),
  );
}

export function useCreateTaskforceLearningActivity() {
  return useTaskforceMutation((input: { id: string; body: CreateTaskforceLearningBody }) =>
    call(taskforceRoutes.createLearningActivity, { params: { id: input.id }, body: input.body }),
  );
}

export function useUpdateTaskforcePoint() {
  return useTaskforceMutation((input: { id: string; pointId: string; body: UpdateTaskforcePointBody }) =>
    call(taskforcePlanChangeRoutes.updatePoint, { params: { id: input.id, pointId: input.pointId }, body: input.body }),
  );
}

export function useUpdateTaskforceGoal() {
  return useTaskforceMutation((input: { id: string; goalId: string; body: UpdateTaskforceGoalBody }) =>
    call(taskforcePlanChangeRoutes.updateGoal, { params: { id: input.id, goalId: input.goalId }, body: input.body }),
  );
}

export function useUpdateTaskforceAction() {
  return useTaskforceMutation((input: { id: string; actionId: string; body: UpdateTaskforceActionBody }) =>
    call(taskforcePlanChangeRoutes.updateAction, { params: { id: input.id, actionId: input.actionId }, body: input.body }),
  );
}

/** Removes a point, a goal or an action of the plan (the server refuses one that still has goals or actions). */
export function useDeleteTaskforcePlanItem() {
  return useTaskforceMutation((input: { id: string; kind: 'point' | 'goal' | 'action'; itemId: string }) => {
    switch (input.kind) {
      case 'point':
        return call(taskforcePlanChangeRoutes.deletePoint, { params: { id: input.id, pointId: input.itemId } });
      case 'goal':
        return call(taskforcePlanChangeRoutes.deleteGoal, { params: { id: input.id, goalId: input.itemId } });
      case 'action':
        return call(taskforcePlanChangeRoutes.deleteAction, { params: { id: input.id, actionId: input.itemId } });
    }
  });
}

export function useTaskforceStatusMeetings(courseId: string) {
  return useQuery({
    queryKey: [...taskforceQueryKey, 'courses', courseId, 'status-meetings'],
    queryFn: ({ signal }) => call(taskforceStatusRoutes.listStatusMeetings, { params: { id: courseId }, signal }),
  });
}

export function useCreateTaskforceStatusMeeting() {
  return useTaskforceMutation((input: { id: string; body: CreateTaskforceStatusMeetingBody }) =>
    call(taskforceStatusRoutes.createStatusMeeting, { params: { id: input.id }, body: input.body }),
  );
}
