/** A taskforce course found in the caller's reach, and the audit subject of the work done on it. */
import type { AuditAction, AuditSubjectType } from '@hjemvej/contract';
import { ConflictError, NotFoundError } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { staleVersionError } from '../versioning/version-conflict';
import { findTaskforceCourseRows, type TaskforceCourseRow } from './taskforce-course-queries';

/** The course in the caller's taskforce reach, or 404. */
export async function requireTaskforceCourse(ctx: DataContext, courseId: string, forUpdate = false): Promise<TaskforceCourseRow> {
  const [row] = await findTaskforceCourseRows(ctx.tx, ctx.actor, { courseId, forUpdate });
  if (!row) throw new NotFoundError();
  return row;
}

type CourseSubject = Pick<TaskforceCourseRow, 'id' | 'municipalityId'>;

/** Work on the course as a whole: the course is the subject, and the data is its municipality's. */
export function describeTaskforceCourse(
  ctx: DataContext,
  course: CourseSubject,
  changes: Record<string, unknown>,
  subjectType: AuditSubjectType = 'taskforce_course',
): void {
  ctx.describe({ subjectType, subjectId: course.id, dataOrganisationId: course.municipalityId, changes });
}

/** Work on a part of the course (its plan, its report): the part is the subject, the course named in the changes. */
export function describeTaskforceCoursePart(
  ctx: DataContext,
  course: CourseSubject,
  subjectType: AuditSubjectType,
  subjectId: string,
  changes: Record<string, unknown>,
): void {
  ctx.describe({
    subjectType,
    subjectId,
    dataOrganisationId: course.municipalityId,
    changes: { courseId: course.id, ...changes },
  });
}

/**
 * The optimistic check of a course's part that is made by its first save (the anchoring plan, the
 * report): before that the user saw no version (null). A part that appeared meanwhile is a bare
 * 409; a changed one is the 409 with what changed since, `current` the answer as it is now.
 */
export async function assertSeenPartVersion(
  ctx: DataContext,
  part: { readonly id: string; readonly version: number } | null | undefined,
  seenVersion: number | null,
  action: AuditAction,
  current: () => Promise<Record<string, unknown>>,
): Promise<void> {
  if ((part?.version ?? null) === seenVersion) return;
  if (!part) throw new ConflictError('record_changed', 'version');
  throw await staleVersionError(
    ctx.tx,
    ctx.locale,
    { id: part.id, actions: [action], sinceVersion: seenVersion ?? 0 },
    await current(),
  );
}
