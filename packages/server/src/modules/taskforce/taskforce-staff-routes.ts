/** The taskforce's own people on a course: the picker's candidates, add and remove. */
import type { FastifyInstance } from 'fastify';
import { taskforceStaffRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { addTaskforceStaff, listTaskforceStaffCandidates, removeTaskforceStaff } from './taskforce-staff-service';

export function registerTaskforceStaffRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, taskforceStaffRoutes.listStaffCandidates, (ctx, { params }) =>
    listTaskforceStaffCandidates(ctx, params.id),
  );
  registerSecuredRoute(app, db, taskforceStaffRoutes.addStaff, (ctx, { params, body }) =>
    addTaskforceStaff(ctx, params.id, body),
  );
  registerSecuredRoute(app, db, taskforceStaffRoutes.removeStaff, (ctx, { params }) =>
    removeTaskforceStaff(ctx, params.id, params.userId),
  );
}
