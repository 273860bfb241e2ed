/** Housing allocations (anvisning) of own housing: offer, lease, move-in, withdrawal. */
import type { FastifyInstance } from 'fastify';
import {
  createHousingAllocationBodySchema,
  housingAllocationListSchema,
  housingAllocationSchema,
  idParamsSchema,
  moveInBodySchema,
  updateHousingAllocationBodySchema,
} from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { createAllocation, getAllocation, listAllocations, recordMoveIn, updateAllocation } from './housing-allocation-service';

export function registerHousingAllocationRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/citizens/:id/housing-allocations',
    summary: 'The citizen’s allocations of own housing, newest first',
    tags: ['housing'],
    permission: 'citizens.read',
    audit: 'housing_allocation.list',
    shape: 'item',
    params: idParamsSchema,
    response: housingAllocationListSchema,
    handler: (ctx, { params }) => listAllocations(ctx, params.id),
  });

  registerSecuredRoute(app, db, {
    method: 'POST',
    url: '/api/citizens/:id/housing-allocations',
    summary: 'Record an allocation of own housing (a move-in given here starts the own-home housing period)',
    tags: ['housing'],
    permission: 'citizens.write',
    audit: 'housing_allocation.create',
    shape: 'item',
    params: idParamsSchema,
    body: createHousingAllocationBodySchema,
    response: housingAllocationSchema,
    status: 201,
    handler: (ctx, { params, body }) => createAllocation(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/housing-allocations/:id',
    summary: 'One allocation of own housing',
    tags: ['housing'],
    permission: 'citizens.read',
    audit: 'housing_allocation.read',
    shape: 'item',
    params: idParamsSchema,
    response: housingAllocationSchema,
    handler: (ctx, { params }) => getAllocation(ctx, params.id),
  });

  registerSecuredRoute(app, db, {
    method: 'PATCH',
    url: '/api/housing-allocations/:id',
    summary:
      'Change an allocation: lease signed, planned move-in, withdrawn (409 with what changed when someone else saved first)',
    tags: ['housing'],
    permission: 'citizens.write',
    audit: 'housing_allocation.update',
    shape: 'item',
    params: idParamsSchema,
    body: updateHousingAllocationBodySchema,
    response: housingAllocationSchema,
    handler: (ctx, { params, body }) => updateAllocation(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, {
    method: 'POST',
    url: '/api/housing-allocations/:id/move-in',
    summary: 'Record the move-in: the current housing period ends and "own home with lease" begins',
    tags: ['housing'],
    permission: 'citizens.write',
    audit: 'housing_allocation.move_in',
    shape: 'item',
    params: idParamsSchema,
    body: moveInBodySchema,
    response: housingAllocationSchema,
    handler: (ctx, { params, body }) => recordMoveIn(ctx, params.id, body),
  });
}
