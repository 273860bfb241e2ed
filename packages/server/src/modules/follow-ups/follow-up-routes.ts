/** Outcome follow-ups 3, 6 and 12 months after the move-in; losing the home is a return to homelessness. */
import type { FastifyInstance } from 'fastify';
import {
  createFollowUpBodySchema,
  followUpScheduleSchema,
  followUpSchema,
  idParamsSchema,
  updateFollowUpBodySchema,
} from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { createFollowUp, listFollowUps, updateFollowUp } from './follow-up-service';

export function registerFollowUpRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/citizens/:id/follow-ups',
    summary: 'Follow-ups after each move-in: due dates at 3, 6 and 12 months and what was found',
    tags: ['housing'],
    permission: 'citizens.read',
    audit: 'follow_up.list',
    shape: 'item',
    params: idParamsSchema,
    response: followUpScheduleSchema,
    handler: (ctx, { params }) => listFollowUps(ctx, params.id),
  });

  registerSecuredRoute(app, db, {
    method: 'POST',
    url: '/api/housing-allocations/:id/follow-ups',
    summary: 'Record a follow-up; "lost the home" puts the citizen back on the homeless list',
    tags: ['housing'],
    permission: 'citizens.write',
    audit: 'follow_up.create',
    shape: 'item',
    params: idParamsSchema,
    body: createFollowUpBodySchema,
    response: followUpSchema,
    status: 201,
    handler: (ctx, { params, body }) => createFollowUp(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, {
    method: 'PATCH',
    url: '/api/follow-ups/:id',
    summary: 'Correct a follow-up’s date or note (409 with what changed when someone else saved first)',
    tags: ['housing'],
    permission: 'citizens.write',
    audit: 'follow_up.update',
    shape: 'item',
    params: idParamsSchema,
    body: updateFollowUpBodySchema,
    response: followUpSchema,
    handler: (ctx, { params, body }) => updateFollowUp(ctx, params.id, body),
  });
}
