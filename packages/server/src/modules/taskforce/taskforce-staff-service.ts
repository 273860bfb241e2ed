/**
 * The taskforce's own people on a course (issue 13, Access: the national people "see the
 * municipality's courses they work on"). A consultant on the course, or the national agency's
 * administrator, puts the taskforce's consultants and Ankestyrelsen's reviewers on it and takes
 * them off; the course always keeps a consultant. Who is on the staff decides who of the national
 * organisation reaches the course (`taskforce-reach.ts`).
 */
import { mayJoinTaskforceStaff, removalLeavesNoConsultant } from '@hjemvej/domain';
import type { AddTaskforceStaffBody, TaskforceCourse, TaskforceStaffCandidateList } from '@hjemvej/contract';
import { requireFound, UnprocessableError } from '../../http/errors';
import { authorize } from '../../access/policy';
import type { DataContext } from '../../http/secured-route';
import { taskforceCoursePolicy } from './taskforce-policy';
import { presentTaskforceCourse } from './taskforce-course-service';
import {
  deleteTaskforceStaff,
  findTaskforceStaffRows,
  insertTaskforceStaff,
  systemFindStaffCandidateFacts,
  systemFindTaskforceStaffCandidates,
} from './taskforce-staff-queries';
import { describeTaskforceCourse, requireTaskforceCourse, requireTaskforceCourseFor } from './taskforce-course-access';

/** The national users who may still be put on the course, for the picker. */
export async function listTaskforceStaffCandidates(ctx: DataContext, courseId: string): Promise<TaskforceStaffCandidateList> {
  const course = await requireTaskforceCourse(ctx, courseId);
  authorize(ctx, taskforceCoursePolicy.manageStaff, course);
  const candidates = await systemFindTaskforceStaffCandidates(ctx.tx);
  const items = candidates.filter((candidate) => !course.staffUserIds.includes(candidate.userId));
  describeTaskforceCourse(ctx, course, { count: items.length });
  return { items };
}

export async function addTaskforceStaff(
  ctx: DataContext,
  courseId: string,
  body: AddTaskforceStaffBody,
): Promise<TaskforceCourse> {
  const course = await requireTaskforceCourseFor(ctx, courseId, taskforceCoursePolicy.manageStaff);
  const user = await systemFindStaffCandidateFacts(ctx.tx, body.userId);
  if (!user || !user.isActive || !mayJoinTaskforceStaff(user))
    throw new UnprocessableError('taskforce_staff_not_eligible', 'userId');
  if (course.staffUserIds.includes(user.id)) throw new UnprocessableError('taskforce_staff_already_on', 'userId');
  await insertTaskforceStaff(ctx.tx, course.id, user.id, ctx.actor.userId);
  describeTaskforceCourse(ctx, course, { staffAdded: user.id, role: user.role });
  return presentTaskforceCourse(ctx, course.id);
}

/** Takes someone off the staff; the answer is empty, since the caller may have taken themselves off (and no longer reach it). */
export async function removeTaskforceStaff(ctx: DataContext, courseId: string, userId: string): Promise<null> {
  const course = await requireTaskforceCourseFor(ctx, courseId, taskforceCoursePolicy.manageStaff);
  const staff = await findTaskforceStaffRows(ctx.tx, course.id);
  const member = requireFound(staff.find((person) => person.userId === userId));
  if (removalLeavesNoConsultant(staff, userId)) throw new UnprocessableError('taskforce_staff_last_consultant', 'userId');
  await deleteTaskforceStaff(ctx.tx, course.id, userId);
  describeTaskforceCourse(ctx, course, { staffRemoved: userId, role: member.role });
  return null;
}
