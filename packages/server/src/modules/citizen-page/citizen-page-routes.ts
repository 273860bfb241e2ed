/** The citizen page in one request (the sections' own routes stay for the API). */
import type { FastifyInstance } from 'fastify';
import { citizenPageRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { getCitizenPage } from './citizen-page-service';

export function registerCitizenPageRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, citizenPageRoutes.read, (ctx, { params }) => getCitizenPage(ctx, params.id));
}
