/** Key figures: the municipal dashboard, the citizens behind a figure, and the suppressed national view. */
import type { FastifyInstance } from 'fastify';
import { keyFiguresRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { getKeyFigures, listKeyFigureCitizens } from './key-figures-service';
import { getNationalFigures } from './national-figures-service';

export function registerKeyFiguresRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, keyFiguresRoutes.read, {
    audit: 'key_figures.read',
    shape: 'collection',
    handler: (ctx, { query }) => getKeyFigures(ctx, query),
  });

  registerSecuredRoute(app, db, keyFiguresRoutes.citizens, {
    audit: 'key_figures.citizens',
    shape: 'collection',
    handler: (ctx, { query }) => listKeyFigureCitizens(ctx, query),
  });

  registerSecuredRoute(app, db, keyFiguresRoutes.national, {
    audit: 'national_figures.read',
    shape: 'collection',
    handler: (ctx, { query }) => getNationalFigures(ctx, query),
  });
}
