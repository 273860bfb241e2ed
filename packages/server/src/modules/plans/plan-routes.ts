/** § 141/§ 142 plans, with every version kept, readable and comparable. */
import type { FastifyInstance } from 'fastify';
import {
  compareQuerySchema,
  createPlanBodySchema,
  idParamsSchema,
  planListSchema,
  planSchema,
  planVersionSchema,
  updatePlanBodySchema,
  versionComparisonSchema,
  versionListSchema,
  versionParamsSchema,
} from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import {
  comparePlanVersions,
  createPlan,
  getPlan,
  getPlanVersion,
  listPlans,
  listPlanVersions,
  updatePlan,
} from './plan-service';

export function registerPlanRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/citizens/:id/plans',
    summary: 'The citizen’s § 141/§ 142 plans, newest first',
    tags: ['plans'],
    permission: 'citizens.read',
    audit: 'plan.list',
    shape: 'item',
    params: idParamsSchema,
    response: planListSchema,
    handler: (ctx, { params }) => listPlans(ctx, params.id),
  });

  registerSecuredRoute(app, db, {
    method: 'POST',
    url: '/api/citizens/:id/plans',
    summary: 'Make a § 141 handleplan or a § 142 plan: goals per life area, the citizen’s wishes, who is responsible, follow-ups',
    tags: ['plans'],
    permission: 'citizens.write',
    audit: 'plan.create',
    shape: 'item',
    params: idParamsSchema,
    body: createPlanBodySchema,
    response: planSchema,
    status: 201,
    handler: (ctx, { params, body }) => createPlan(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/plans/:id',
    summary: 'One plan, as it is now',
    tags: ['plans'],
    permission: 'citizens.read',
    audit: 'plan.read',
    shape: 'item',
    params: idParamsSchema,
    response: planSchema,
    handler: (ctx, { params }) => getPlan(ctx, params.id),
  });

  registerSecuredRoute(app, db, {
    method: 'PATCH',
    url: '/api/plans/:id',
    summary: 'Change a plan: a new version (409 with what changed when someone else saved first)',
    tags: ['plans'],
    permission: 'citizens.write',
    audit: 'plan.update',
    shape: 'item',
    params: idParamsSchema,
    body: updatePlanBodySchema,
    response: planSchema,
    handler: (ctx, { params, body }) => updatePlan(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/plans/:id/versions',
    summary: 'Every version of the plan: who saved it, when, and which fields it changed',
    tags: ['plans'],
    permission: 'citizens.read',
    audit: 'plan.version_list',
    shape: 'item',
    params: idParamsSchema,
    response: versionListSchema,
    handler: (ctx, { params }) => listPlanVersions(ctx, params.id),
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/plans/:id/versions/:version',
    summary: 'One version of the plan, in full',
    tags: ['plans'],
    permission: 'citizens.read',
    audit: 'plan.version_read',
    shape: 'item',
    params: versionParamsSchema,
    response: planVersionSchema,
    handler: (ctx, { params }) => getPlanVersion(ctx, params.id, params.version),
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/plans/:id/compare',
    summary: 'Two versions of the plan compared field by field (?from=1&to=2)',
    tags: ['plans'],
    permission: 'citizens.read',
    audit: 'plan.compare',
    shape: 'item',
    params: idParamsSchema,
    querystring: compareQuerySchema,
    response: versionComparisonSchema,
    handler: (ctx, { params, query }) => comparePlanVersions(ctx, params.id, query),
  });
}
