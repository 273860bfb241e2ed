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
  downloadTaskforceReport,
  getTaskforceReport,
  saveTaskforceReport,
  updateTaskforceRecommendation,
} from './taskforce-report-service';

export function registerTaskforceReportRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, taskforceReportRoutes.readReport, {
    audit: 'taskforce_report.read',
    shape: 'item',
    handler: (ctx, { params }) => getTaskforceReport(ctx, params.id),
  });
  registerSecuredRoute(app, db, taskforceReportRoutes.saveReport, {
    audit: 'taskforce_report.update',
    shape: 'item',
    handler: (ctx, { params, body }) => saveTaskforceReport(ctx, params.id, body),
  });
  registerSecuredRoute(app, db, taskforceReportRoutes.createRecommendation, {
    audit: 'taskforce_report.recommendation_create',
    shape: 'item',
    handler: (ctx, { params, body }) => createTaskforceRecommendation(ctx, params.id, body),
  });
  registerSecuredRoute(app, db, taskforceReportRoutes.updateRecommendation, {
    audit: 'taskforce_report.recommendation_update',
    shape: 'item',
    handler: (ctx, { params, body }) => updateTaskforceRecommendation(ctx, params.id, params.recommendationId, body),
  });
  registerSecuredRoute(app, db, taskforceReportRoutes.choosePoint, {
    audit: 'taskforce_report.point_choose',
    shape: 'item',
    handler: (ctx, { params }) => chooseTaskforceRecommendationAsPoint(ctx, params.id, params.recommendationId),
  });
  registerSecuredDownload(app, db, taskforceReportRoutes.downloadReport, {
    audit: 'taskforce_report.export',
    shape: 'item',
    handler: (ctx, { params }) => downloadTaskforceReport(ctx, params.id),
  });
  registerSecuredRoute(app, db, taskforceAnchoringRoutes.readAnchoring, {
    audit: 'taskforce_anchoring.read',
    shape: 'item',
    handler: (ctx, { params }) => getTaskforceAnchoring(ctx, params.id),
  });
  registerSecuredRoute(app, db, taskforceAnchoringRoutes.saveAnchoring, {
    audit: 'taskforce_anchoring.update',
    shape: 'item',
    handler: (ctx, { params, body }) => saveTaskforceAnchoring(ctx, params.id, body),
  });
  registerSecuredRoute(app, db, taskforceAnchoringRoutes.readEffects, {
    audit: 'taskforce_effects.read',
    shape: 'item',
    handler: (ctx, { params }) => getTaskforceEffects(ctx, params.id),
  });
  registerSecuredDownload(app, db, taskforceAnchoringRoutes.downloadEffects, {
    audit: 'taskforce_effects.export',
    shape: 'item',
    handler: (ctx, { params }) => downloadTaskforceEffects(ctx, params.id),
  });
  registerSecuredRoute(app, db, taskforceAnchoringRoutes.dashboardGoals, {
    audit: 'taskforce_goals.dashboard',
    shape: 'collection',
    handler: (ctx) => listTaskforceDashboardGoals(ctx),
  });
}
