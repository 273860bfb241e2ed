/** § 141/§ 142 plans, with every version kept, readable and comparable. */
import type { FastifyInstance } from 'fastify';
import { plansRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { registerVersionRoutes } from '../versioning/version-routes';
import { readPlanVersionContent } from './plan-queries';
import { createPlan, getPlan, listPlans, loadPlanRef, updatePlan } from './plan-service';

export function registerPlanRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, plansRoutes.list, (ctx, { params }) => listPlans(ctx, params.id));

  registerSecuredRoute(app, db, plansRoutes.create, (ctx, { params, body }) => createPlan(ctx, params.id, body));

  registerSecuredRoute(app, db, plansRoutes.read, (ctx, { params }) => getPlan(ctx, params.id));

  registerSecuredRoute(app, db, plansRoutes.update, (ctx, { params, body }) => updatePlan(ctx, params.id, body));

  registerVersionRoutes(app, db, {
    kind: 'plan',
    routes: plansRoutes.versions,
    actions: { list: 'plan.version_list', read: 'plan.version_read', compare: 'plan.compare' },
    read: readPlanVersionContent,
    load: loadPlanRef,
  });
}
