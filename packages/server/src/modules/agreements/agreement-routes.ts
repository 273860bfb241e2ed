/** Collaboration agreements (samarbejdsaftaler) between units and partners. */
import type { FastifyInstance } from 'fastify';
import { agreementsRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { createAgreement, getAgreement, listAgreements, updateAgreement } from './agreement-service';

export function registerAgreementRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, agreementsRoutes.list, (ctx) => listAgreements(ctx));

  registerSecuredRoute(app, db, agreementsRoutes.create, (ctx, { body }) => createAgreement(ctx, body));

  registerSecuredRoute(app, db, agreementsRoutes.read, (ctx, { params }) => getAgreement(ctx, params.id));

  registerSecuredRoute(app, db, agreementsRoutes.update, (ctx, { params, body }) => updateAgreement(ctx, params.id, body));
}
