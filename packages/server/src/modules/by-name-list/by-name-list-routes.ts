/** The by-name list of homeless citizens (a municipality) or current residents (a shelter). */
import type { FastifyInstance } from 'fastify';
import { byNameListRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { getByNameList } from './by-name-list-service';

export function registerByNameListRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, byNameListRoutes.read, (ctx, { query }) => getByNameList(ctx, query));
}
