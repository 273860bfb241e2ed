/** The units the caller's organisation works with (own and partners'), for network meetings and agreements. */
import type { FastifyInstance } from 'fastify';
import { linkedUnitsRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { findLinkedUnits } from './linked-units-queries';

export function registerLinkedUnitRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, linkedUnitsRoutes.list, (ctx) => findLinkedUnits(ctx.tx, ctx.actor.organisationId));
}
