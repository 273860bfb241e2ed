/** The by-name list of homeless citizens (a municipality) or current residents (a shelter). */
import type { FastifyInstance } from 'fastify';
import { byNameListQuerySchema, byNameListSchema } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { getByNameList } from './by-name-list-service';

export function registerByNameListRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/by-name-list',
    summary:
      'Everyone currently homeless the municipality is handlekommune for (or a shelter’s residents): category, days, next step, responsible, legal warnings; sorted, filtered, paged',
    tags: ['by-name-list'],
    permission: 'citizens.read',
    audit: 'by_name_list.read',
    shape: 'collection',
    querystring: byNameListQuerySchema,
    response: byNameListSchema,
    handler: (ctx, { query }) => getByNameList(ctx, query),
  });
}
