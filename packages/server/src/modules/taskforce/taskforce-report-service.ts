/**
 * The taskforce course's analysis report (issue 13 point 5). The taskforce writes it: the frozen
 * data package it is assembled from (its key figures shown as the package published them,
 * suppressed), a summary, the written analysis under each of the four themes, and
 * recommendations, each under a theme with its evidence (a figure of the package and/or a note).
 * A draft is the taskforce's alone; the municipality sees the report once it is published (the
 * taskforce may go on correcting it, each save a new version, or take it back to draft, which
 * hides it again). Either side turns a recommendation the municipality can see into a
 * development point of the plan. Saves carry the version the writer saw (409 when stale).
 */
import {
  caseReviewCheckpoints,
  formatCaseReviewSource,
  suppressShare,
  tallyCaseReview,
  developmentPointTitleOf,
  findTaskforceRecommendationProblem,
  findTaskforceReportProblem,
  taskforceThemes,
} from '@hjemvej/domain';
import type {
  CreateTaskforceRecommendationBody,
  SaveTaskforceReportBody,
  TaskforceReport,
  TaskforceReportAnswer,
  UpdateTaskforceRecommendationBody,
} from '@hjemvej/contract';
import type { TaskforceTheme } from '@hjemvej/domain';
import { abilitiesFor, authorize } from '../../access/policy';
import { ConflictError, NotFoundError, UnprocessableError } from '../../http/errors';
import { FileDownload } from '../../http/file-download';
import type { DataContext } from '../../http/secured-route';
import { assertSeenVersion } from '../versioning/version-conflict';
import type { TaskforceCourseRow } from './taskforce-course-queries';
import { findDataPackage, findDataPackageRows } from './taskforce-data-package-queries';
import { presentPackage } from './taskforce-data-package-service';
import { findPlanPoint } from './taskforce-plan-queries';
import { addPlanPoint } from './taskforce-plan-service';
import { findCaseReview, findReviewAnswers, findReviewCases } from './taskforce-case-review-queries';
import { taskforceCoursePolicy } from './taskforce-policy';
import { renderTaskforceReportPdf } from './taskforce-report-pdf';
import {
  deleteRecommendation,
  findRecommendation,
  findRecommendations,
  findReport,
  insertRecommendation,
  insertReport,
  setRecommendationPoint,
  updateRecommendation,
  updateReport,
  type RecommendationRow,
  type ReportRow,
} from './taskforce-report-queries';
import {
  assertSeenPartVersion,
  correctionChanges,
  describeTaskforceCoursePart,
  requireTaskforceCourse,
  requireTaskforceCourseFor,
} from './taskforce-course-access';

type Analyses = Record<TaskforceTheme, string>;

function analysesOf(stored: unknown): Analyses {
  const source = stored !== null && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  const value = (theme: TaskforceTheme) => {
    const text = source[theme];
    return typeof text === 'string' ? text : '';
  };
  return Object.fromEntries(taskforceThemes.map((theme) => [theme, value(theme)])) as Analyses;
}

/** Whether the caller writes the report (the taskforce), and so sees its draft. */
const isReportWriter = (ctx: DataContext, course: TaskforceCourseRow) => abilitiesFor(ctx, taskforceCoursePolicy, course).canPlan;

async function presentReport(ctx: DataContext, course: TaskforceCourseRow, row: ReportRow): Promise<TaskforceReport> {
  const found = row.dataPackageId === null ? undefined : await findDataPackage(ctx.tx, course.id, row.dataPackageId);
  const pkg = found ? presentPackage(ctx, course, found, found.content) : null;
  const recommendations = await findRecommendations(ctx.tx, row.id);
  const canEdit = row.status === 'draft' && isReportWriter(ctx, course);
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    summary: row.summary,
    analyses: analysesOf(row.analyses),
    dataPackage: pkg
      ? {
          id: pkg.id,
          version: pkg.version,
          from: pkg.from,
          to: pkg.to,
          threshold: pkg.threshold,
          frozenAt: pkg.frozenAt,
          figures: pkg.figures,
        }
      : null,
    caseReview: await caseReviewOf(ctx, course),
    recommendations: recommendations.map((r) => ({
      id: r.id,
      theme: r.theme,
      title: r.title,
      text: r.text,
      evidenceFigure: pkg?.figures.find((f) => f.measure === r.evidenceMeasure) ?? null,
      evidenceNote: r.evidenceNote,
      developmentPointId: r.developmentPointId,
      version: r.version,
      canEdit,
      canDelete: canEdit && r.developmentPointId === null,
    })),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    publishedBy: row.publishedBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/**
 * The legal case review's results for the report: each checkpoint's share over the reviewed
 * cases, always suppressed (the report leaves the municipality as a document), or null while no
 * case is reviewed.
 */
async function caseReviewOf(ctx: DataContext, course: TaskforceCourseRow): Promise<TaskforceReport['caseReview']> {
  const review = await findCaseReview(ctx.tx, course.id);
  if (!review) return null;
  const cases = await findReviewCases(ctx.tx, review.id);
  const answers = await findReviewAnswers(ctx.tx, review.id);
  const reviewed = cases.filter((c) => c.reviewedAt !== null).map((c) => ({ answers: answers.filter((a) => a.caseId === c.id) }));
  if (reviewed.length === 0) return null;
  return {
    reviewedCases: reviewed.length,
    checkpoints: tallyCaseReview(reviewed).map((tally) => {
      const definition = caseReviewCheckpoints.find((c) => c.id === tally.checkpoint);
      const answered = tally.yes + tally.no;
      const published = answered === 0 ? null : suppressShare(tally.yes, answered);
      return {
        checkpoint: tally.checkpoint,
        source: definition ? formatCaseReviewSource(definition.source) : '',
        share: published?.kind === 'value' ? published.share : null,
        hiddenLabel: published?.kind === 'suppressed' ? published.label : null,
      };
    }),
  };
}

/** The report as the caller may see it: the taskforce always, the municipality once published. */
async function visibleReport(ctx: DataContext, course: TaskforceCourseRow, forUpdate = false): Promise<ReportRow | undefined> {
  const row = await findReport(ctx.tx, course.id, forUpdate);
  return row && (row.status === 'published' || isReportWriter(ctx, course)) ? row : undefined;
}

async function answer(ctx: DataContext, course: TaskforceCourseRow): Promise<TaskforceReportAnswer> {
  const row = await visibleReport(ctx, course);
  const packages = await findDataPackageRows(ctx.tx, course.id);
  const abilities = abilitiesFor(ctx, taskforceCoursePolicy, course);
  return {
    courseId: course.id,
    municipalityName: course.municipalityName,
    report: row ? await presentReport(ctx, course, row) : null,
    packages: packages.map((p) => ({ id: p.id, version: p.version, from: p.from, to: p.to })),
    canEdit: abilities.canPlan,
    canChoosePoints: abilities.canEditPlan && row?.status === 'published',
  };
}

export async function getTaskforceReport(ctx: DataContext, courseId: string): Promise<TaskforceReportAnswer> {
  const course = await requireTaskforceCourse(ctx, courseId);
  const result = await answer(ctx, course);
  describeTaskforceCoursePart(ctx, course, 'taskforce_report', result.report?.id ?? course.id, {
    status: result.report?.status ?? null,
    recommendations: result.report?.recommendations.length ?? 0,
  });
  return result;
}

export async function saveTaskforceReport(
  ctx: DataContext,
  courseId: string,
  body: SaveTaskforceReportBody,
): Promise<TaskforceReportAnswer> {
  const course = await requireTaskforceCourseFor(ctx, courseId, taskforceCoursePolicy.plan);
  const row = await findReport(ctx.tx, course.id, true);
  await assertSeenPartVersion(ctx, row, body.version, 'taskforce_report.update', () => answer(ctx, course));
  if (body.dataPackageId !== null && !(await findDataPackage(ctx.tx, course.id, body.dataPackageId)))
    throw new UnprocessableError('taskforce_goal_package_unknown', 'dataPackageId');
  const analyses = analysesOf(body.analyses);
  const recommendations = row ? (await findRecommendations(ctx.tx, row.id)).length : 0;
  const problem = findTaskforceReportProblem({
    status: body.status,
    dataPackageId: body.dataPackageId,
    analyses,
    recommendations,
  });
  if (problem) throw new UnprocessableError(`taskforce_${problem.code}`, problem.field);
  const now = new Date();
  const published =
    body.status === 'published'
      ? row?.status === 'published'
        ? { published_at: row.publishedAt, published_by_user_id: undefined }
        : { published_at: now, published_by_user_id: ctx.actor.userId }
      : { published_at: null, published_by_user_id: null };
  const values = {
    status: body.status,
    data_package_id: body.dataPackageId,
    summary: body.summary ?? '',
    analyses: JSON.stringify(analyses),
    updated_at: now,
    updated_by_user_id: ctx.actor.userId,
    ...published,
  };
  const version = (row?.version ?? 0) + 1;
  const id = row
    ? (await updateReport(ctx.tx, row.id, { ...values, version }), row.id)
    : await insertReport(ctx.tx, { ...values, course_id: course.id, version });
  describeTaskforceCoursePart(ctx, course, 'taskforce_report', id, {
    status: row?.status === body.status ? body.status : { from: row?.status ?? null, to: body.status },
    dataPackageId: body.dataPackageId,
    version: { from: row?.version ?? 0, to: version },
  });
  return answer(ctx, course);
}

/** A recommendation as the caller wrote it (free text left out is empty). */
function writtenRecommendation(body: CreateTaskforceRecommendationBody) {
  return {
    theme: body.theme,
    title: body.title,
    text: body.text ?? '',
    evidenceMeasure: body.evidenceMeasure,
    evidenceNote: body.evidenceNote ?? '',
  };
}

function recommendationColumns(written: ReturnType<typeof writtenRecommendation>) {
  const { evidenceMeasure, evidenceNote, ...rest } = written;
  return { ...rest, evidence_measure: evidenceMeasure, evidence_note: evidenceNote };
}

/** The recommendation's evidence checked against the report's package (a figure must be one the package holds). */
async function checkRecommendation(
  ctx: DataContext,
  course: TaskforceCourseRow,
  report: ReportRow,
  body: CreateTaskforceRecommendationBody,
): Promise<void> {
  const pkg = report.dataPackageId === null ? undefined : await findDataPackage(ctx.tx, course.id, report.dataPackageId);
  const measures = pkg ? new Set(presentPackage(ctx, course, pkg, pkg.content).figures.map((f) => f.measure)) : null;
  const problem = findTaskforceRecommendationProblem({
    evidenceMeasure: body.evidenceMeasure,
    evidenceNote: body.evidenceNote ?? '',
    packageMeasures: measures,
  });
  if (problem) throw new UnprocessableError(`taskforce_${problem.code}`, problem.field);
}

export async function createTaskforceRecommendation(
  ctx: DataContext,
  courseId: string,
  body: CreateTaskforceRecommendationBody,
): Promise<TaskforceReportAnswer> {
  const course = await requireTaskforceCourseFor(ctx, courseId, taskforceCoursePolicy.plan);
  let report = await findReport(ctx.tx, course.id, true);
  // The first recommendation starts the report as an empty draft.
  if (!report) {
    await insertReport(ctx.tx, {
      course_id: course.id,
      status: 'draft',
      analyses: JSON.stringify(analysesOf({})),
      updated_by_user_id: ctx.actor.userId,
    });
    report = await findReport(ctx.tx, course.id, true);
  }
  if (!report) throw new Error('report not written');
  await checkRecommendation(ctx, course, report, body);
  const id = await insertRecommendation(ctx.tx, {
    report_id: report.id,
    ...recommendationColumns(writtenRecommendation(body)),
    created_by_user_id: ctx.actor.userId,
  });
  describeTaskforceCoursePart(ctx, course, 'taskforce_report', id, {
    reportId: report.id,
    theme: body.theme,
    evidenceMeasure: body.evidenceMeasure,
  });
  return answer(ctx, course);
}

async function requireRecommendation(
  ctx: DataContext,
  course: TaskforceCourseRow,
  recommendationId: string,
): Promise<{ report: ReportRow; recommendation: RecommendationRow }> {
  const report = await visibleReport(ctx, course, true);
  const recommendation = report ? await findRecommendation(ctx.tx, report.id, recommendationId) : undefined;
  if (!report || !recommendation) throw new NotFoundError();
  return { report, recommendation };
}

/**
 * A recommendation being corrected or removed: the course locked, the recommendation found in its
 * report (404), the caller the course's planner (403), the report a draft, and the version the
 * caller saw still the recommendation's (409 with what changed).
 */
async function requireDraftRecommendation(
  ctx: DataContext,
  courseId: string,
  recommendationId: string,
  seenVersion: number,
): Promise<{ course: TaskforceCourseRow; report: ReportRow; recommendation: RecommendationRow }> {
  const course = await requireTaskforceCourse(ctx, courseId, true);
  const { report, recommendation } = await requireRecommendation(ctx, course, recommendationId);
  authorize(ctx, taskforceCoursePolicy.plan, course);
  assertDraft(report);
  await assertSeenVersion(ctx, recommendation, seenVersion, 'taskforce_report.recommendation_update', () => answer(ctx, course));
  return { course, report, recommendation };
}

export async function updateTaskforceRecommendation(
  ctx: DataContext,
  courseId: string,
  recommendationId: string,
  body: UpdateTaskforceRecommendationBody,
): Promise<TaskforceReportAnswer> {
  const { course, report, recommendation } = await requireDraftRecommendation(ctx, courseId, recommendationId, body.version);
  await checkRecommendation(ctx, course, report, body);
  const version = recommendation.version + 1;
  const written = writtenRecommendation(body);
  await updateRecommendation(ctx.tx, recommendation.id, { ...recommendationColumns(written), version });
  describeTaskforceCoursePart(ctx, course, 'taskforce_report', recommendation.id, {
    ...correctionChanges(recommendation, written, ['title', 'text', 'evidenceNote']),
    version: { from: recommendation.version, to: version },
  });
  return answer(ctx, course);
}

/** Recommendations are corrected and removed only while the municipality does not see the report. */
function assertDraft(report: ReportRow): void {
  if (report.status !== 'draft') throw new UnprocessableError('taskforce_recommendation_report_published', 'status');
}

/**
 * Removes a recommendation from the draft. One that has become a development point is refused
 * rather than unlinked: the point may already carry goals, actions and tasks the municipality
 * works on, and its origin in the report is what the consultant and the municipality agreed;
 * removing the point in the plan first frees the recommendation, so both can go when both should.
 */
export async function deleteTaskforceRecommendation(
  ctx: DataContext,
  courseId: string,
  recommendationId: string,
  seenVersion: number,
): Promise<TaskforceReportAnswer> {
  const { course, report, recommendation } = await requireDraftRecommendation(ctx, courseId, recommendationId, seenVersion);
  if (recommendation.developmentPointId !== null) {
    const point = await findPlanPoint(ctx.tx, course.id, recommendation.developmentPointId);
    throw new UnprocessableError('taskforce_recommendation_is_point', 'developmentPointId', { title: point?.title ?? '' });
  }
  await deleteRecommendation(ctx.tx, recommendation.id);
  describeTaskforceCoursePart(ctx, course, 'taskforce_report', recommendation.id, {
    deleted: true,
    reportId: report.id,
    theme: recommendation.theme,
  });
  return answer(ctx, course);
}

/** A recommendation becomes a development point under its theme: its title and text carried over. */
export async function chooseTaskforceRecommendationAsPoint(
  ctx: DataContext,
  courseId: string,
  recommendationId: string,
): Promise<TaskforceReportAnswer> {
  const course = await requireTaskforceCourse(ctx, courseId, true);
  const { recommendation } = await requireRecommendation(ctx, course, recommendationId);
  authorize(ctx, taskforceCoursePolicy.editPlan, course);
  if (recommendation.developmentPointId !== null)
    throw new ConflictError('taskforce_recommendation_already_point', 'recommendationId');
  const pointId = await addPlanPoint(ctx, course, {
    theme: recommendation.theme,
    title: developmentPointTitleOf(recommendation.title),
    description: recommendation.text,
  });
  if (!(await setRecommendationPoint(ctx.tx, recommendation.id, pointId)))
    throw new ConflictError('taskforce_recommendation_already_point', 'recommendationId');
  describeTaskforceCoursePart(ctx, course, 'taskforce_report', recommendation.id, {
    developmentPointId: pointId,
    theme: recommendation.theme,
  });
  return answer(ctx, course);
}

export async function downloadTaskforceReport(ctx: DataContext, courseId: string): Promise<FileDownload> {
  const course = await requireTaskforceCourse(ctx, courseId);
  const row = await visibleReport(ctx, course);
  if (!row) throw new NotFoundError();
  // The PDF is printed in Danish (the figures named so) whatever the caller's language.
  const report = await presentReport({ ...ctx, locale: 'da' }, course, row);
  describeTaskforceCoursePart(ctx, course, 'taskforce_report', row.id, { status: row.status, format: 'pdf' });
  const body = await renderTaskforceReportPdf(report, course.municipalityName);
  return new FileDownload('application/pdf', 'taskforce-analyserapport.pdf', body);
}
