/** Method fidelity (K14): the support teams' fidelity measurements and K14 per team. */
import type { FastifyInstance } from 'fastify';
import { fidelityRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { createMeasurement, getFidelity } from './fidelity-service';

export function registerFidelityRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, fidelityRoutes.read, (ctx, { query }) => getFidelity(ctx, query));

  registerSecuredRoute(app, db, fidelityRoutes.create, (ctx, { body }) => createMeasurement(ctx, body));
}
