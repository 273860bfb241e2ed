/** The legal checks of a citizen's course. */
import type { FastifyInstance } from 'fastify';
import { legalChecksRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { getLegalChecks } from './legal-check-service';

export function registerLegalCheckRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, legalChecksRoutes.read, (ctx, { params }) => getLegalChecks(ctx, params.id));
}
