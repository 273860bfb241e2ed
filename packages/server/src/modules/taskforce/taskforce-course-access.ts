/** A taskforce course found in the caller's reach, and the audit subject of the work done on it. */
import type { AuditAction, AuditSubjectType } from '@hjemvej/contract';
import type { TaskforceCourseFacts } from '@hjemvej/domain';
import { authorize, type PolicyAction } from '../../access/policy';
import { diffChanges } from '../../audit/audit-event';
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

/** The course in the caller's reach, locked for a change, and the caller allowed `action` on it (404, then 403). */
export async function requireTaskforceCourseFor(
  ctx: DataContext,
  courseId: string,
  action: PolicyAction<TaskforceCourseFacts>,
): Promise<TaskforceCourseRow> {
  const course = await requireTaskforceCourse(ctx, courseId, true);
  authorize(ctx, action, course);
  return course;
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
 * The audit's changes of a correction: each changed field's before and after, a free-text field
 * (`namedOnly`) only named as 'changed' (the audit log keeps no copy of the text).
 */
export function correctionChanges<T extends Record<string, unknown>>(
  before: { readonly [K in keyof T]: unknown },
  after: T,
  namedOnly: readonly (keyof T & string)[],
): Record<string, unknown> {
  const changes: Record<string, unknown> = diffChanges<Record<string, unknown>>(before, after);
  for (const field of namedOnly) if (field in changes) changes[field] = 'changed';
  return changes;
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
