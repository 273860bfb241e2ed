/**
 * SQL for the taskforce's own people on a course (`taskforce_course_staff`). The course itself is
 * always found first through the taskforce reach (`findTaskforceCourseRows`); these read and
 * change its staff by the course's id.
 */
import type { Transaction } from 'kysely';
import { roles, mayJoinTaskforceStaff } from '@hjemvej/domain';
import type { Database } from '../../database/schema';

type Tx = Transaction<Database>;

/** The roles whose users may be on a course's staff (the taskforce's consultants and reviewers). */
const staffRoles = roles.filter((role) => mayJoinTaskforceStaff({ role, organisationKind: 'national_agency' }));

function selectPeople(tx: Tx) {
  return tx
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id as userId', 'u.display_name as name', 'u.role', 'o.name as organisationName']);
}

export async function findTaskforceStaffRows(tx: Tx, courseId: string) {
  return selectPeople(tx)
    .innerJoin('taskforce_course_staff as s', 's.user_id', 'u.id')
    .where('s.course_id', '=', courseId)
    .orderBy('s.added_at')
    .orderBy('u.display_name')
    .execute();
}

export type TaskforceStaffRow = Awaited<ReturnType<typeof findTaskforceStaffRows>>[number];

/**
 * The national users who may work on a course: active users of a national agency whose role is
 * the taskforce's. Deliberately outside the organisation scope: the taskforce's people belong to
 * several national organisations (the agency, Ankestyrelsen); only names and roles are read, for
 * a caller the course's `manageStaff` rule has already allowed.
 */
export async function systemFindTaskforceStaffCandidates(tx: Tx): Promise<TaskforceStaffRow[]> {
  return selectPeople(tx)
    .where('o.kind', '=', 'national_agency')
    .where('u.is_active', '=', true)
    .where('u.role', 'in', staffRoles)
    .orderBy('o.name')
    .orderBy('u.display_name')
    .execute();
}

/** One user as the staff rule needs them, whatever their organisation (see `systemFindTaskforceStaffCandidates`). */
export async function systemFindStaffCandidateFacts(tx: Tx, userId: string) {
  return tx
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.role', 'u.is_active as isActive', 'o.kind as organisationKind'])
    .where('u.id', '=', userId)
    .executeTakeFirst();
}

export async function insertTaskforceStaff(tx: Tx, courseId: string, userId: string, addedByUserId: string): Promise<void> {
  await tx
    .insertInto('taskforce_course_staff')
    .values({ course_id: courseId, user_id: userId, added_by_user_id: addedByUserId })
    .onConflict((oc) => oc.columns(['course_id', 'user_id']).doNothing())
    .execute();
}

export async function deleteTaskforceStaff(tx: Tx, courseId: string, userId: string): Promise<void> {
  await tx.deleteFrom('taskforce_course_staff').where('course_id', '=', courseId).where('user_id', '=', userId).execute();
}
