import { taskforceStaffRoutes } from '@hjemvej/contract';
import { call } from '../../api/client';
import { useRouteQuery } from '../../api/use-route-query';
import { taskforceQueryKey, useTaskforceMutation } from './use-taskforce';

/** The national users who may still be put on the course (asked only by those who manage its staff). */
export function useTaskforceStaffCandidates(courseId: string, enabled: boolean) {
  return useRouteQuery(
    [...taskforceQueryKey, 'courses', courseId, 'staff-candidates'],
    taskforceStaffRoutes.listStaffCandidates,
    { params: { id: courseId } },
    { enabled },
  );
}

export function useAddTaskforceStaff() {
  return useTaskforceMutation((input: { id: string; userId: string }) =>
    call(taskforceStaffRoutes.addStaff, { params: { id: input.id }, body: { userId: input.userId } }),
  );
}

export function useRemoveTaskforceStaff() {
  return useTaskforceMutation((input: { id: string; userId: string }) =>
    call(taskforceStaffRoutes.removeStaff, { params: input }),
  );
}
