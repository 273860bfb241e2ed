/** The partner's consented view of citizens: the only path from a partner user to a citizen. */
import type { FastifyInstance } from 'fastify';
import { idParamsSchema, partnerCitizenListSchema, partnerCitizenViewSchema } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { getConsentedCitizen, listConsentedCitizens } from './partner-view-service';

export function registerPartnerViewRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/partner/citizens',
    summary: 'Citizens who have consented to share data with the caller’s partner organisation (valid today)',
    tags: ['partner'],
    permission: 'citizens.read',
    audit: 'partner_view.list',
    shape: 'collection',
    response: partnerCitizenListSchema,
    handler: (ctx) => listConsentedCitizens(ctx),
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/partner/citizens/:id',
    summary: 'What the citizen consented to share with the caller’s partner organisation: only those categories',
    tags: ['partner'],
    permission: 'citizens.read',
    audit: 'partner_view.read',
    shape: 'item',
    params: idParamsSchema,
    response: partnerCitizenViewSchema,
    handler: (ctx, { params }) => getConsentedCitizen(ctx, params.id),
  });
}
