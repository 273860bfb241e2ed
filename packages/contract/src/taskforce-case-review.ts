/**
 * Ankestyrelsen's legal case review in a taskforce course (issue 13 point 4): a sample drawn by a
 * documented, reproducible rule; the municipality's time-limited, purpose-stated grant of read
 * access to the sampled cases only; each case's narrow person-level view with the review form's
 * checkpoints pre-answered from the data (with the evidence) and the reviewer's answers; the
 * share of cases meeting each checkpoint; the read log and the end of the grant.
 */
import { z } from 'zod';
import { caseReviewAnswers, caseReviewCheckpointIds, caseReviewStratifications, maxCaseReviewSampleSize } from '@hjemvej/domain';
import { taskforceCaseReviewAbilitiesSchema } from './abilities';
import { caseDateSchema, idSchema, isoDateSchema, isoDateTimeSchema, nullableTextSchema, textSchema } from './common';
import { defineRoute } from './route';
import { decisionContentSchema } from './decisions';

export const caseReviewCheckpointIdSchema = z.enum(caseReviewCheckpointIds);
export const caseReviewAnswerSchema = z.enum(caseReviewAnswers);
export const caseReviewStratificationSchema = z.enum(caseReviewStratifications);

const courseParamsSchema = z.object({ id: idSchema });
const caseParamsSchema = z.object({ id: idSchema, caseId: idSchema });

const reviewShareSchema = z.union([
  z.object({ kind: z.literal('value'), share: z.number().nullable(), yes: z.number().int(), no: z.number().int() }),
  /** Hidden by the suppression rules (the figure leaves the municipality): the label ('<5', '..'). */
  z.object({ kind: z.literal('suppressed'), label: z.string() }),
]);

export const caseReviewCheckpointDefinitionSchema = z.object({
  id: caseReviewCheckpointIdSchema,
  group: z.enum(['homelessness', 'general']),
  /** 'Serviceloven § 110, stk. 6' */
  source: z.string(),
  sourceUrl: z.string().nullable(),
  preAnswered: z.boolean(),
  reusesRule: z.string().nullable(),
});

export const taskforceCaseReviewSchema = z.object({
  courseId: idSchema,
  checkpoints: z.array(caseReviewCheckpointDefinitionSchema),
  abilities: taskforceCaseReviewAbilitiesSchema,
  review: z
    .object({
      id: idSchema,
      periodFrom: isoDateSchema,
      periodTo: isoDateSchema,
      size: z.number().int(),
      stratifyBy: caseReviewStratificationSchema,
      seed: z.string(),
      populationSize: z.number().int(),
      strata: z.array(
        z.object({ stratum: z.string(), label: z.string(), population: z.number().int(), drawn: z.number().int() }),
      ),
      ruleText: z.string(),
      drawnBy: z.string(),
      drawnAt: isoDateTimeSchema,
      publishedDeadlineDays: z.number().int().nullable(),
      grant: z.object({
        purpose: z.string(),
        accessUntil: isoDateSchema,
        /** The collaboration agreement's data clause's end: the grant never outlasts it. */
        agreementValidUntil: isoDateSchema.nullable(),
        isValid: z.boolean(),
        endedAt: isoDateTimeSchema.nullable(),
        endedBy: z.string().nullable(),
      }),
      cases: z.array(
        z.object({
          id: idSchema,
          position: z.number().int(),
          stratumLabel: z.string(),
          isReviewed: z.boolean(),
          reviewedAt: isoDateTimeSchema.nullable(),
          reviewedBy: z.string().nullable(),
        }),
      ),
      reviewedCount: z.number().int(),
      results: z.array(
        z.object({
          checkpoint: caseReviewCheckpointIdSchema,
          share: reviewShareSchema,
          notApplicable: z.number().int().nullable(),
          overruled: z.number().int().nullable(),
        }),
      ),
      /** Who read which sampled case and when; null for readers who may not see it. */
      reads: z
        .array(z.object({ caseId: idSchema, position: z.number().int(), userName: z.string(), readAt: isoDateTimeSchema }))
        .nullable(),
    })
    .nullable(),
});
export type TaskforceCaseReview = z.infer<typeof taskforceCaseReviewSchema>;

export const drawCaseSampleBodySchema = z.object({
  periodFrom: caseDateSchema,
  periodTo: caseDateSchema,
  size: z.number().int().min(1).max(maxCaseReviewSampleSize),
  stratifyBy: caseReviewStratificationSchema,
  /** Leave out for a fresh random seed; give one to repeat a documented draw. */
  seed: z.string().trim().min(1).max(100).optional(),
  purpose: textSchema(1000).pipe(z.string().min(10)),
  accessUntil: caseDateSchema,
  publishedDeadlineDays: z.number().int().min(1).max(365).nullable().optional(),
});
export type DrawCaseSampleBody = z.input<typeof drawCaseSampleBodySchema>;

const evidenceSchema = z.object({ code: z.string(), facts: z.record(z.string(), z.union([z.string(), z.number()])) });

/** One sampled case as the reviewer reads it: the facts the checkpoints need, no more. */
export const taskforceReviewCaseSchema = z.object({
  id: idSchema,
  courseId: idSchema,
  position: z.number().int(),
  stratumLabel: z.string(),
  citizen: z.object({
    id: idSchema,
    name: z.string(),
    birthDate: isoDateSchema.nullable(),
    handlekommune: z.string().nullable(),
  }),
  stays: z.array(
    z.object({
      id: idSchema,
      shelter: z.string(),
      admittedOn: isoDateSchema,
      handlekommuneNotifiedOn: isoDateSchema.nullable(),
      dischargedOn: isoDateSchema.nullable(),
      dischargeReason: z.string().nullable(),
    }),
  ),
  plans: z.array(
    z.object({ id: idSchema, kind: z.enum(['141', '142']), madeOn: isoDateSchema, endedOn: isoDateSchema.nullable() }),
  ),
  /** The decision's content as decided, with its kind and method as the stored text. */
  decisions: z.array(
    decisionContentSchema.omit({ kind: true, method: true }).extend({
      id: idSchema,
      kind: z.string(),
      method: z.string().nullable(),
    }),
  ),
  assessments: z.array(z.object({ id: idSchema, assessedOn: isoDateSchema })),
  checkpoints: z.array(
    z.object({
      checkpoint: caseReviewCheckpointIdSchema,
      preAnswer: caseReviewAnswerSchema.nullable(),
      evidence: z.array(evidenceSchema),
      answer: caseReviewAnswerSchema.nullable(),
      note: z.string(),
      isOverruled: z.boolean(),
    }),
  ),
  isReviewed: z.boolean(),
  reviewedBy: z.string().nullable(),
  reviewedAt: isoDateTimeSchema.nullable(),
  grantUntil: isoDateSchema,
});
export type TaskforceReviewCase = z.infer<typeof taskforceReviewCaseSchema>;

export const answerReviewCaseBodySchema = z.object({
  answers: z
    .array(
      z.object({
        checkpoint: caseReviewCheckpointIdSchema,
        answer: caseReviewAnswerSchema.nullable(),
        note: nullableTextSchema(2000).optional(),
      }),
    )
    .max(caseReviewCheckpointIds.length),
});
export type AnswerReviewCaseBody = z.input<typeof answerReviewCaseBodySchema>;

export const taskforceCaseReviewRoutes = {
  readCaseReview: defineRoute({
    name: 'readTaskforceCaseReview',
    method: 'GET',
    path: '/api/taskforce/courses/:id/case-review',
    summary:
      'The legal case review: the checkpoints, the sample and its rule, the grant, the cases’ status, the results, the read log',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_case_review.read',
    shape: 'item',
    params: courseParamsSchema,
    response: taskforceCaseReviewSchema,
  }),
  drawCaseSample: defineRoute({
    name: 'drawTaskforceCaseSample',
    method: 'POST',
    path: '/api/taskforce/courses/:id/case-review',
    summary: 'Draw the sample by the documented rule (seeded) and open the time-limited, purpose-stated grant',
    tags: ['taskforce'],
    permission: 'taskforce.review',
    audit: 'taskforce_case_review.draw',
    shape: 'item',
    params: courseParamsSchema,
    body: drawCaseSampleBodySchema,
    response: taskforceCaseReviewSchema,
    status: 201,
  }),
  readReviewCase: defineRoute({
    name: 'readTaskforceReviewCase',
    method: 'GET',
    path: '/api/taskforce/courses/:id/case-review/cases/:caseId',
    summary: 'One sampled case under a valid grant (audited for the municipality): the facts and the pre-answered checkpoints',
    tags: ['taskforce'],
    permission: 'taskforce.review',
    audit: 'taskforce_case_review.case_read',
    shape: 'item',
    params: caseParamsSchema,
    response: taskforceReviewCaseSchema,
  }),
  answerReviewCase: defineRoute({
    name: 'answerTaskforceReviewCase',
    method: 'PUT',
    path: '/api/taskforce/courses/:id/case-review/cases/:caseId/answers',
    summary: 'Score a sampled case: confirm or overrule each pre-answer (a note required to overrule)',
    tags: ['taskforce'],
    permission: 'taskforce.review',
    audit: 'taskforce_case_review.case_answer',
    shape: 'item',
    params: caseParamsSchema,
    body: answerReviewCaseBodySchema,
    response: taskforceReviewCaseSchema,
  }),
  endCaseReviewGrant: defineRoute({
    name: 'endTaskforceCaseReviewGrant',
    method: 'POST',
    path: '/api/taskforce/courses/:id/case-review/grant/end',
    summary: 'The municipality’s administrator ends the reviewers’ read access now',
    tags: ['taskforce'],
    permission: 'taskforce.apply',
    audit: 'taskforce_case_review.grant_end',
    shape: 'item',
    params: courseParamsSchema,
    response: taskforceCaseReviewSchema,
  }),
};
