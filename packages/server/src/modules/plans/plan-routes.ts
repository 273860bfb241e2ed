/** § 141/§ 142 plans, with every version kept, readable and comparable. */
import type { FastifyInstance } from 'fastify';
import {
  createPlanBodySchema,
  idParamsSchema,
  planListSchema,
  planSchema,
  planVersionSchema,
  updatePlanBodySchema,
} from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { registerVersionRoutes } from '../versioning/version-routes';
import { readPlanVersionContent } from './plan-queries';
import { createPlan, getPlan, listPlans, loadPlanRef, updatePlan } from './plan-service';

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

  registerVersionRoutes(app, db, {
    kind: 'plan',
    base: '/api/plans',
    tag: 'plans',
    noun: 'plan',
    actions: { list: 'plan.version_list', read: 'plan.version_read', compare: 'plan.compare' },
    response: planVersionSchema,
    read: readPlanVersionContent,
    load: loadPlanRef,
  });
}
