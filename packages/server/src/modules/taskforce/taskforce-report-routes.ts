/** The taskforce course's analysis report, anchoring plan and effect presentation (issue 13 points 5 and 8). */
import type { FastifyInstance } from 'fastify';
import { taskforceAnchoringRoutes, taskforceReportRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredDownload, registerSecuredRoute } from '../../http/secured-route';
import {
  downloadTaskforceEffects,
  getTaskforceAnchoring,
  getTaskforceEffects,
  listTaskforceDashboardGoals,
  saveTaskforceAnchoring,
} from './taskforce-anchoring-service';
import {
  chooseTaskforceRecommendationAsPoint,
  createTaskforceRecommendation,
  deleteTaskforceRecommendation,
  downloadTaskforceReport,
  getTaskforceReport,
  saveTaskforceReport,
  updateTaskforceRecommendation,
} from './taskforce-report-service';

export function registerTaskforceReportRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, taskforceReportRoutes.readReport, (ctx, { params }) => getTaskforceReport(ctx, params.id));
  registerSecuredRoute(app, db, taskforceReportRoutes.saveReport, (ctx, { params, body }) =>
    saveTaskforceReport(ctx, params.id, body),
  );
  registerSecuredRoute(app, db, taskforceReportRoutes.createRecommendation, (ctx, { params, body }) =>
    createTaskforceRecommendation(ctx, params.id, body),
  );
  registerSecuredRoute(app, db, taskforceReportRoutes.updateRecommendation, (ctx, { params, body }) =>
    updateTaskforceRecommendation(ctx, params.id, params.recommendationId, body),
  );
  registerSecuredRoute(app, db, taskforceReportRoutes.deleteRecommendation, (ctx, { params, query }) =>
    deleteTaskforceRecommendation(ctx, params.id, params.recommendationId, query.version),
  );
  registerSecuredRoute(app, db, taskforceReportRoutes.choosePoint, (ctx, { params }) =>
    chooseTaskforceRecommendationAsPoint(ctx, params.id, params.recommendationId),
  );
  registerSecuredDownload(app, db, taskforceReportRoutes.downloadReport, (ctx, { params }) =>
    downloadTaskforceReport(ctx, params.id),
  );
  registerSecuredRoute(app, db, taskforceAnchoringRoutes.readAnchoring, (ctx, { params }) =>
    getTaskforceAnchoring(ctx, params.id),
  );
  registerSecuredRoute(app, db, taskforceAnchoringRoutes.saveAnchoring, (ctx, { params, body }) =>
    saveTaskforceAnchoring(ctx, params.id, body),
  );
  registerSecuredRoute(app, db, taskforceAnchoringRoutes.readEffects, (ctx, { params }) => getTaskforceEffects(ctx, params.id));
  registerSecuredDownload(app, db, taskforceAnchoringRoutes.downloadEffects, (ctx, { params }) =>
    downloadTaskforceEffects(ctx, params.id),
  );
  registerSecuredRoute(app, db, taskforceAnchoringRoutes.dashboardGoals, (ctx) => listTaskforceDashboardGoals(ctx));
}
