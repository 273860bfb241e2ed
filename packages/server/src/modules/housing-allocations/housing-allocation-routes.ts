/** Housing allocations (anvisning) of own housing: offer, lease, move-in, withdrawal. */
import type { FastifyInstance } from 'fastify';
import { housingAllocationsRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { createAllocation, getAllocation, listAllocations, recordMoveIn, updateAllocation } from './housing-allocation-service';

export function registerHousingAllocationRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, housingAllocationsRoutes.list, {
    audit: 'housing_allocation.list',
    shape: 'item',
    handler: (ctx, { params }) => listAllocations(ctx, params.id),
  });

  registerSecuredRoute(app, db, housingAllocationsRoutes.create, {
    audit: 'housing_allocation.create',
    shape: 'item',
    handler: (ctx, { params, body }) => createAllocation(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, housingAllocationsRoutes.read, {
    audit: 'housing_allocation.read',
    shape: 'item',
    handler: (ctx, { params }) => getAllocation(ctx, params.id),
  });

  registerSecuredRoute(app, db, housingAllocationsRoutes.update, {
    audit: 'housing_allocation.update',
    shape: 'item',
    handler: (ctx, { params, body }) => updateAllocation(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, housingAllocationsRoutes.moveIn, {
    audit: 'housing_allocation.move_in',
    shape: 'item',
    handler: (ctx, { params, body }) => recordMoveIn(ctx, params.id, body),
  });
}
