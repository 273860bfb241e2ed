/** Collaboration agreements (samarbejdsaftaler) between units and partners. */
import type { FastifyInstance } from 'fastify';
import { agreementsRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { createAgreement, getAgreement, listAgreements, updateAgreement } from './agreement-service';

export function registerAgreementRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, agreementsRoutes.list, {
    audit: 'agreement.list',
    shape: 'collection',
    handler: (ctx) => listAgreements(ctx),
  });

  registerSecuredRoute(app, db, agreementsRoutes.create, {
    audit: 'agreement.create',
    shape: 'collection',
    handler: (ctx, { body }) => createAgreement(ctx, body),
  });

  registerSecuredRoute(app, db, agreementsRoutes.read, {
    audit: 'agreement.read',
    shape: 'item',
    handler: (ctx, { params }) => getAgreement(ctx, params.id),
  });

  registerSecuredRoute(app, db, agreementsRoutes.update, {
    audit: 'agreement.update',
    shape: 'item',
    handler: (ctx, { params, body }) => updateAgreement(ctx, params.id, body),
  });
}
