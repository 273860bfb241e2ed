import {
  taskforcePlanChangeRoutes,
  taskforceRoutes,
  taskforceStatusRoutes,
  type CreateTaskforceApplicationBody,
  type UpdateTaskforceApplicationBody,
  type RouteDefinition,
  type RouteInput,
} from '@hjemvej/contract';
import { call, type CallInput } from '../../api/client';
import { useRefreshingMutation } from '../../api/use-refreshing-mutation';
import { useRouteQuery } from '../../api/use-route-query';

export const taskforceQueryKey = ['taskforce'] as const;

export function useTaskforceApplications() {
  return useRouteQuery([...taskforceQueryKey, 'applications'], taskforceRoutes.listApplications, {});
}

export function useTaskforceSeasons() {
  return useRouteQuery([...taskforceQueryKey, 'seasons'], taskforceRoutes.listSeasons, {});
}

/** Every taskforce answer may change applications, seasons and courses at once. */
export function useTaskforceMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  return useRefreshingMutation([taskforceQueryKey], mutationFn, { alsoOnError: true });
}

/**
 * A route about one course, named by the course's id alone. TypeScript cannot follow this condition
 * into `call`'s input, hence the casts below: the condition is what makes them hold.
 */
type CourseRoute<D extends RouteDefinition> = RouteInput<D> extends { readonly params: { readonly id: string } } ? D : never;
type CourseInput<D extends RouteDefinition> = {
  readonly params: Readonly<Record<string, string>>;
  readonly body?: RouteInput<D>['body'];
};
const courseInput = <D extends RouteDefinition>(input: CourseInput<D>) => input as unknown as CallInput<D>;

/** One part of a course (its plan, its report …), kept under the course so that every taskforce answer refreshes it. */
export function useTaskforceCoursePart<const D extends RouteDefinition>(courseId: string, part: string, route: CourseRoute<D>) {
  return useRouteQuery([...taskforceQueryKey, 'courses', courseId, part], route, courseInput<D>({ params: { id: courseId } }));
}

/** A change to a course sent with the course's id and a body (the route's own body). */
export function useTaskforceCourseChange<const D extends RouteDefinition>(route: CourseRoute<D>) {
  return useTaskforceMutation((input: { id: string; body: RouteInput<D>['body'] }) =>
    call(route, courseInput<D>({ params: { id: input.id }, body: input.body })),
  );
}

/** A change to one item of a course (a goal, an activity …): the course's id, the item's id under its route's name, a body. */
export function useTaskforceItemChange<
  const D extends RouteDefinition,
  const Item extends Exclude<keyof RouteInput<D>['params'], 'id'> & string,
>(route: CourseRoute<D>, itemParam: Item) {
  return useTaskforceMutation((input: { id: string; body: RouteInput<D>['body'] } & Record<Item, string>) =>
    call(route, courseInput<D>({ params: { id: input.id, [itemParam]: input[itemParam] }, body: input.body })),
  );
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
  return useTaskforceCourseChange(taskforceRoutes.decideApplication);
}

export function useSetSeasonCapacity() {
  return useTaskforceMutation((input: { season: string; capacity: number }) =>
    call(taskforceRoutes.setSeasonCapacity, { params: { season: input.season }, body: { capacity: input.capacity } }),
  );
}

export function useTaskforceCourses() {
  return useRouteQuery([...taskforceQueryKey, 'courses'], taskforceRoutes.listCourses, {});
}

export function useTaskforceCourse(id: string) {
  return useRouteQuery([...taskforceQueryKey, 'courses', id], taskforceRoutes.readCourse, { params: { id } });
}

export function useSetTaskforcePhases() {
  return useTaskforceCourseChange(taskforceRoutes.setPhases);
}

export function useCreateTaskforceActivity() {
  return useTaskforceCourseChange(taskforceRoutes.createActivity);
}

export function useUpdateTaskforceActivity() {
  return useTaskforceItemChange(taskforceRoutes.updateActivity, 'activityId');
}

export function useSetTaskforceAgreement() {
  return useTaskforceCourseChange(taskforceRoutes.setAgreement);
}

export function useSetTaskforceMembers() {
  return useTaskforceCourseChange(taskforceRoutes.setMembers);
}

export function useTaskforceDataPackages(courseId: string) {
  return useTaskforceCoursePart(courseId, 'packages', taskforceRoutes.listDataPackages);
}

export function useTaskforceDataPackage(courseId: string, packageId: string | null) {
  return useRouteQuery(
    [...taskforceQueryKey, 'courses', courseId, 'packages', packageId],
    taskforceRoutes.readDataPackage,
    { params: { id: courseId, packageId: packageId ?? '' } },
    // A frozen package never changes.
    { enabled: packageId !== null, staleTime: Infinity },
  );
}

export function useFreezeTaskforceDataPackage() {
  return useTaskforceCourseChange(taskforceRoutes.freezeDataPackage);
}

export function useTaskforcePlan(courseId: string) {
  return useTaskforceCoursePart(courseId, 'plan', taskforceRoutes.readPlan);
}

export function useCreateTaskforcePoint() {
  return useTaskforceCourseChange(taskforceRoutes.createPoint);
}

export function useCreateTaskforceGoal() {
  return useTaskforceItemChange(taskforceRoutes.createGoal, 'pointId');
}

export function useCreateTaskforceAction() {
  return useTaskforceItemChange(taskforceRoutes.createAction, 'goalId');
}

export function useCreateTaskforceLearningActivity() {
  return useTaskforceCourseChange(taskforceRoutes.createLearningActivity);
}

export function useUpdateTaskforcePoint() {
  return useTaskforceItemChange(taskforcePlanChangeRoutes.updatePoint, 'pointId');
}

export function useUpdateTaskforceGoal() {
  return useTaskforceItemChange(taskforcePlanChangeRoutes.updateGoal, 'goalId');
}

export function useUpdateTaskforceAction() {
  return useTaskforceItemChange(taskforcePlanChangeRoutes.updateAction, 'actionId');
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
  return useTaskforceCoursePart(courseId, 'status-meetings', taskforceStatusRoutes.listStatusMeetings);
}

export function useCreateTaskforceStatusMeeting() {
  return useTaskforceCourseChange(taskforceStatusRoutes.createStatusMeeting);
}
