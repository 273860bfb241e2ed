import { useQueries } from '@tanstack/react-query';
import {
  courseRegistrationsRoutes,
  type CreateCourseRegistrationBody,
  type RegistrationKindValue,
  type UpdateCourseRegistrationBody,
} from '@hjemvej/contract';
import { call } from '../../api/client';
import { useRouteQuery } from '../../api/use-route-query';
import { citizensQueryKey, useCitizensMutation } from '../citizens/use-citizens';

export const courseRegistrationsKey = (courseId: string) => [...citizensQueryKey, 'course-registrations', courseId] as const;

/** The course's registrations, newest first, and the one due next. */
export function useCourseRegistrations(courseId: string) {
  return useRouteQuery(courseRegistrationsKey(courseId), courseRegistrationsRoutes.list, { params: { id: courseId } });
}

/** Every registration of the courses (the citizen's timeline), from the caches the citizen page seeds. */
export function useRegistrationsOfCourses(courseIds: readonly string[], enabled: boolean) {
  return useQueries({
    queries: courseIds.map((courseId) => ({
      queryKey: courseRegistrationsKey(courseId),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        call(courseRegistrationsRoutes.list, { params: { id: courseId }, signal }),
      enabled,
    })),
    combine: (results) =>
      results.every((result) => result.data) ? results.flatMap((result) => result.data?.items ?? []) : undefined,
  });
}

/** A draft of the next registration of `kind`, from what Hjemvej already knows (only while the form is open). */
export function useRegistrationPrefill(courseId: string, kind: RegistrationKindValue, enabled: boolean) {
  return useRouteQuery(
    [...citizensQueryKey, 'course-registration-prefill', courseId, kind],
    courseRegistrationsRoutes.prefill,
    { params: { id: courseId }, query: { kind } },
    { enabled, staleTime: 0 },
  );
}

export function useCreateCourseRegistration(courseId: string) {
  return useCitizensMutation((body: CreateCourseRegistrationBody) =>
    call(courseRegistrationsRoutes.create, { params: { id: courseId }, body }),
  );
}

export function useUpdateCourseRegistration() {
  return useCitizensMutation(
    ({ id, body }: { id: string; body: UpdateCourseRegistrationBody }) =>
      call(courseRegistrationsRoutes.update, { params: { id }, body }),
    { alsoOnError: true },
  );
}
