/** The partner's consented view of citizens: the only path from a partner user to a citizen. */
import type { FastifyInstance } from 'fastify';
import { partnerViewRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { getConsentedCitizen, listConsentedCitizens } from './partner-view-service';

export function registerPartnerViewRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, partnerViewRoutes.list, (ctx) => listConsentedCitizens(ctx));

  registerSecuredRoute(app, db, partnerViewRoutes.read, (ctx, { params }) => getConsentedCitizen(ctx, params.id));
}
