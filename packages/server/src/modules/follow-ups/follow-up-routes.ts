/** Outcome follow-ups 3, 6 and 12 months after the move-in; losing the home is a return to homelessness. */
import type { FastifyInstance } from 'fastify';
import { followUpsRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { createFollowUp, listFollowUps, updateFollowUp } from './follow-up-service';

export function registerFollowUpRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, followUpsRoutes.list, (ctx, { params }) => listFollowUps(ctx, params.id));

  registerSecuredRoute(app, db, followUpsRoutes.create, (ctx, { params, body }) => createFollowUp(ctx, params.id, body));

  registerSecuredRoute(app, db, followUpsRoutes.update, (ctx, { params, body }) => updateFollowUp(ctx, params.id, body));
}
