/** Housing allocations (anvisning) of own housing: offer, lease, move-in, withdrawal. */
import type { FastifyInstance } from 'fastify';
import { housingAllocationsRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { createAllocation, getAllocation, listAllocations, recordMoveIn, updateAllocation } from './housing-allocation-service';

export function registerHousingAllocationRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, housingAllocationsRoutes.list, (ctx, { params }) => listAllocations(ctx, params.id));

  registerSecuredRoute(app, db, housingAllocationsRoutes.create, (ctx, { params, body }) =>
    createAllocation(ctx, params.id, body),
  );

  registerSecuredRoute(app, db, housingAllocationsRoutes.read, (ctx, { params }) => getAllocation(ctx, params.id));

  registerSecuredRoute(app, db, housingAllocationsRoutes.update, (ctx, { params, body }) =>
    updateAllocation(ctx, params.id, body),
  );

  registerSecuredRoute(app, db, housingAllocationsRoutes.moveIn, (ctx, { params, body }) => recordMoveIn(ctx, params.id, body));
}
