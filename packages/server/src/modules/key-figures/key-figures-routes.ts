/** Key figures: the municipal dashboard, the citizens behind a figure, and the suppressed national view. */
import type { FastifyInstance } from 'fastify';
import { keyFiguresRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { getKeyFigures, listKeyFigureCitizens } from './key-figures-service';
import { getNationalFigures } from './national-figures-service';

export function registerKeyFiguresRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, keyFiguresRoutes.read, (ctx, { query }) => getKeyFigures(ctx, query));

  registerSecuredRoute(app, db, keyFiguresRoutes.citizens, (ctx, { query }) => listKeyFigureCitizens(ctx, query));

  registerSecuredRoute(app, db, keyFiguresRoutes.national, (ctx, { query }) => getNationalFigures(ctx, query));
}
