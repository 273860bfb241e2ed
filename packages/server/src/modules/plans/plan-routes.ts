/** § 141/§ 142 plans, with every version kept, readable and comparable. */
import type { FastifyInstance } from 'fastify';
import { plansRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerVersionedRecordRoutes } from '../versioning/version-routes';
import { readPlanVersionContent } from './plan-queries';
import { createPlan, getPlan, listPlans, loadPlanRef, updatePlan } from './plan-service';

export function registerPlanRoutes(app: FastifyInstance, db: Db): void {
  const service = { list: listPlans, create: createPlan, read: getPlan, update: updatePlan, load: loadPlanRef };
  registerVersionedRecordRoutes(app, db, 'plan', plansRoutes, service, readPlanVersionContent);
}
