/**
 * The taskforce's own people on a course (issue 13, Access): who may be on it is the policy's
 * `mayJoinTaskforceStaff`; here what a change to the staff must keep.
 */
import { hasPermission, type Role } from '../access/roles';

/** One of the course's staff as the rule sees them. */
export interface TaskforceStaffFacts {
  readonly userId: string;
  readonly role: Role;
}

/**
 * Taking `userId` off the staff would leave the course with no consultant of the taskforce (a
 * course is always run by someone; the reviewers alone do not run it).
 */
export function removalLeavesNoConsultant(staff: readonly TaskforceStaffFacts[], userId: string): boolean {
  const runsCourse = (member: TaskforceStaffFacts) => hasPermission(member.role, 'taskforce.manage');
  const removed = staff.find((member) => member.userId === userId);
  if (!removed || !runsCourse(removed)) return false;
  return !staff.some((member) => member.userId !== userId && runsCourse(member));
}
