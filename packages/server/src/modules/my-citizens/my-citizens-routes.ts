/** "My citizens": the citizens the caller is the responsible caseworker for (the start page). */
import type { FastifyInstance } from 'fastify';
import { myCitizensRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { listMyCitizens } from './my-citizens-service';

export function registerMyCitizensRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, myCitizensRoutes.list, (ctx, { query }) => listMyCitizens(ctx, query));
}
