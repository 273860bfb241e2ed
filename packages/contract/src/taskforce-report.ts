/**
 * The taskforce course's analysis report (issue 13 point 5): assembled from one frozen data
 * package (its key figures as published, suppressed), the taskforce's written analysis under each
 * of the four themes, the legal case review's results (a section the case review fills), and
 * recommendations, each tied to a theme and to its evidence (a figure of the package and/or a
 * written note). The taskforce writes it; the municipality sees it once published. A
 * recommendation can become a development point of the plan.
 */
import { z } from 'zod';
import { caseReviewCheckpointIds, taskforceReportStatuses, taskforceThemes } from '@hjemvej/domain';
import { idSchema, isoDateSchema, isoDateTimeSchema, maxDatabaseInteger, textSchema, versionNumberSchema } from './common';
import { measureIdSchema } from './key-figures';
import { fileDownloadSchema } from './status-report';
import { frozenPackageRefSchema, packageFigureSchema } from './taskforce-analysis';
import { defineRoute } from './route';

const themeSchema = z.enum(taskforceThemes);
const analysesShape = Object.fromEntries(taskforceThemes.map((theme) => [theme, z.string()])) as Record<
  (typeof taskforceThemes)[number],
  z.ZodString
>;

export const taskforceRecommendationSchema = z.object({
  id: idSchema,
  theme: themeSchema,
  title: z.string(),
  text: z.string(),
  /** The package figure the recommendation rests on, as the package published it; null without one. */
  evidenceFigure: packageFigureSchema.nullable(),
  evidenceNote: z.string(),
  /** The development point the recommendation became; null until it is chosen. */
  developmentPointId: idSchema.nullable(),
  version: z.number().int(),
  /** Whether the caller may correct it: the taskforce, while the report is a draft. */
  canEdit: z.boolean(),
  /** Whether the caller may remove it: as `canEdit`, and not once it has become a development point. */
  canDelete: z.boolean(),
});
export type TaskforceRecommendation = z.infer<typeof taskforceRecommendationSchema>;

export const taskforceReportSchema = z.object({
  id: idSchema,
  status: z.enum(taskforceReportStatuses),
  version: z.number().int(),
  summary: z.string(),
  analyses: z.object(analysesShape),
  /** The frozen package the report is assembled from, with its key figures as published. */
  dataPackage: z
    .object({
      id: idSchema,
      version: z.number().int(),
      from: isoDateSchema,
      to: isoDateSchema,
      threshold: z.number().int(),
      frozenAt: isoDateTimeSchema,
      figures: z.array(packageFigureSchema),
    })
    .nullable(),
  /**
   * The legal case review's results (issue 13 point 4): the share of the reviewed cases meeting
   * each checkpoint, suppressed as for the taskforce (a hidden share shows its label). Null while
   * the course has no reviewed case: the report then shows the section as waiting for the review.
   */
  caseReview: z
    .object({
      reviewedCases: z.number().int(),
      checkpoints: z.array(
        z.object({
          checkpoint: z.enum(caseReviewCheckpointIds),
          /** The legal source as cited ('Serviceloven § 141, stk. 2'). */
          source: z.string(),
          /** Share meeting the checkpoint (0–1); null when hidden or when no case was answered yes or no. */
          share: z.number().nullable(),
          hiddenLabel: z.string().nullable(),
        }),
      ),
    })
    .nullable(),
  recommendations: z.array(taskforceRecommendationSchema),
  publishedAt: isoDateTimeSchema.nullable(),
  publishedBy: z.string().nullable(),
  updatedAt: isoDateTimeSchema,
  updatedBy: z.string().nullable(),
});
export type TaskforceReport = z.infer<typeof taskforceReportSchema>;

export const taskforceReportAnswerSchema = z.object({
  courseId: idSchema,
  municipalityName: z.string(),
  /** Null when there is none yet, or (for the municipality) while it is a draft. */
  report: taskforceReportSchema.nullable(),
  /** The course's frozen packages the report may be assembled from, newest first. */
  packages: z.array(frozenPackageRefSchema),
  /** The taskforce writes and publishes the report. */
  canEdit: z.boolean(),
  /** Either side turns a recommendation into a development point. */
  canChoosePoints: z.boolean(),
});
export type TaskforceReportAnswer = z.infer<typeof taskforceReportAnswerSchema>;

export const saveTaskforceReportBodySchema = z.object({
  /** The version the writer saw; null to write the first. */
  version: versionNumberSchema.nullable(),
  status: z.enum(taskforceReportStatuses),
  dataPackageId: idSchema.nullable(),
  summary: z.string().trim().max(8000).default(''),
  analyses: z.object(
    Object.fromEntries(taskforceThemes.map((theme) => [theme, z.string().trim().max(20000).default('')])) as Record<
      (typeof taskforceThemes)[number],
      z.ZodDefault<z.ZodString>
    >,
  ),
});
export type SaveTaskforceReportBody = z.input<typeof saveTaskforceReportBodySchema>;

const recommendationFields = {
  theme: themeSchema,
  title: textSchema(200),
  text: z.string().trim().max(4000).default(''),
  evidenceMeasure: measureIdSchema.nullable(),
  evidenceNote: z.string().trim().max(2000).default(''),
};

export const createTaskforceRecommendationBodySchema = z.object(recommendationFields);
export type CreateTaskforceRecommendationBody = z.input<typeof createTaskforceRecommendationBodySchema>;

export const updateTaskforceRecommendationBodySchema = z.object({ version: versionNumberSchema, ...recommendationFields });
export type UpdateTaskforceRecommendationBody = z.input<typeof updateTaskforceRecommendationBodySchema>;

export const taskforceRecommendationParamsSchema = z.object({ id: idSchema, recommendationId: idSchema });
/** The version the remover saw. */
export const deleteTaskforceRecommendationQuerySchema = z.object({
  version: z.coerce.number().int().min(1).max(maxDatabaseInteger),
});

const courseParams = z.object({ id: idSchema });

export const taskforceReportRoutes = {
  readReport: defineRoute({
    name: 'getTaskforceReport',
    method: 'GET',
    path: '/api/taskforce/courses/:id/report',
    summary: 'The analysis report: the taskforce sees its draft, the municipality the published report',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_report.read',
    shape: 'item',
    params: courseParams,
    response: taskforceReportAnswerSchema,
  }),
  saveReport: defineRoute({
    name: 'saveTaskforceReport',
    method: 'PUT',
    path: '/api/taskforce/courses/:id/report',
    summary: 'Write the report (the taskforce): package, summary, analysis per theme, draft or published; 409 on a stale version',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_report.update',
    shape: 'item',
    params: courseParams,
    body: saveTaskforceReportBodySchema,
    response: taskforceReportAnswerSchema,
  }),
  createRecommendation: defineRoute({
    name: 'createTaskforceRecommendation',
    method: 'POST',
    path: '/api/taskforce/courses/:id/report/recommendations',
    summary: 'Add a recommendation tied to a theme and its evidence (the taskforce)',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_report.recommendation_create',
    shape: 'item',
    params: courseParams,
    body: createTaskforceRecommendationBodySchema,
    response: taskforceReportAnswerSchema,
    status: 201,
  }),
  updateRecommendation: defineRoute({
    name: 'updateTaskforceRecommendation',
    method: 'PUT',
    path: '/api/taskforce/courses/:id/report/recommendations/:recommendationId',
    summary: 'Change a recommendation (the taskforce) while the report is a draft; 409 on a stale version',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_report.recommendation_update',
    shape: 'item',
    params: taskforceRecommendationParamsSchema,
    body: updateTaskforceRecommendationBodySchema,
    response: taskforceReportAnswerSchema,
  }),
  deleteRecommendation: defineRoute({
    name: 'deleteTaskforceRecommendation',
    method: 'DELETE',
    path: '/api/taskforce/courses/:id/report/recommendations/:recommendationId',
    summary:
      'Remove a recommendation (the taskforce) while the report is a draft and it has not become a development point (422 otherwise); 409 on a stale version',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_report.recommendation_delete',
    shape: 'item',
    params: taskforceRecommendationParamsSchema,
    query: deleteTaskforceRecommendationQuerySchema,
    response: taskforceReportAnswerSchema,
  }),
  choosePoint: defineRoute({
    name: 'chooseTaskforceRecommendationAsPoint',
    method: 'POST',
    path: '/api/taskforce/courses/:id/report/recommendations/:recommendationId/development-point',
    summary: 'Turn a recommendation into a development point of the plan (either side); 409 when it already is one',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_report.point_choose',
    shape: 'item',
    params: taskforceRecommendationParamsSchema,
    response: taskforceReportAnswerSchema,
    status: 201,
  }),
  downloadReport: defineRoute({
    name: 'downloadTaskforceReportPdf',
    method: 'GET',
    path: '/api/taskforce/courses/:id/report/pdf',
    summary: 'The analysis report as PDF (suppressed figures only); the municipality gets the published report',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_report.export',
    shape: 'item',
    params: courseParams,
    response: fileDownloadSchema,
  }),
};
