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
  registerSecuredRoute(app, db, taskforceCaseReviewRoutes.readCaseReview, (ctx, { params }) =>
    readTaskforceCaseReview(ctx, params.id),
  );
  registerSecuredRoute(app, db, taskforceCaseReviewRoutes.drawCaseSample, (ctx, { params, body }) =>
    drawTaskforceCaseSample(ctx, params.id, body),
  );
  registerSecuredRoute(app, db, taskforceCaseReviewRoutes.readReviewCase, (ctx, { params }) =>
    readTaskforceReviewCase(ctx, params.id, params.caseId),
  );
  registerSecuredRoute(app, db, taskforceCaseReviewRoutes.answerReviewCase, (ctx, { params, body }) =>
    answerTaskforceReviewCase(ctx, params.id, params.caseId, body),
  );
  registerSecuredRoute(app, db, taskforceCaseReviewRoutes.endCaseReviewGrant, (ctx, { params }) =>
    endTaskforceCaseReviewGrant(ctx, params.id),
  );
}
