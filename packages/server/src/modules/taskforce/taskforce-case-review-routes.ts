/** Ankestyrelsen's legal case review in a taskforce course (issue 13 point 4). */
import type { FastifyInstance } from 'fastify';
import { taskforceCaseReviewRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import {
  answerTaskforceReviewCase,
  drawTaskforceCaseSample,
  endTaskforceCaseReviewGrant,
  readTaskforceCaseReview,
  readTaskforceReviewCase,
} from './taskforce-case-review-service';

export function registerTaskforceCaseReviewRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, taskforceCaseReviewRoutes.readCaseReview, {
    audit: 'taskforce_case_review.read',
    shape: 'item',
    handler: (ctx, { params }) => readTaskforceCaseReview(ctx, params.id),
  });
  registerSecuredRoute(app, db, taskforceCaseReviewRoutes.drawCaseSample, {
    audit: 'taskforce_case_review.draw',
    shape: 'item',
    handler: (ctx, { params, body }) => drawTaskforceCaseSample(ctx, params.id, body),
  });
  registerSecuredRoute(app, db, taskforceCaseReviewRoutes.readReviewCase, {
    audit: 'taskforce_case_review.case_read',
    shape: 'item',
    handler: (ctx, { params }) => readTaskforceReviewCase(ctx, params.id, params.caseId),
  });
  registerSecuredRoute(app, db, taskforceCaseReviewRoutes.answerReviewCase, {
    audit: 'taskforce_case_review.case_answer',
    shape: 'item',
    handler: (ctx, { params, body }) => answerTaskforceReviewCase(ctx, params.id, params.caseId, body),
  });
  registerSecuredRoute(app, db, taskforceCaseReviewRoutes.endCaseReviewGrant, {
    audit: 'taskforce_case_review.grant_end',
    shape: 'item',
    handler: (ctx, { params }) => endTaskforceCaseReviewGrant(ctx, params.id),
  });
}
