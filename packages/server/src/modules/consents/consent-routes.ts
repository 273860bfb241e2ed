/** Citizens' consents to share data with outside partners: see, record, withdraw. */
import type { FastifyInstance } from 'fastify';
import {
  consentListSchema,
  consentSchema,
  createConsentBodySchema,
  idParamsSchema,
  withdrawConsentBodySchema,
} from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { createConsent, listConsents, withdrawConsent } from './consent-service';

export function registerConsentRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/citizens/:id/consents',
    summary: 'The citizen’s consents to share data with partners: scope, purpose, expiry, status',
    tags: ['consents'],
    permission: 'citizens.read',
    audit: 'consent.list',
    shape: 'item',
    params: idParamsSchema,
    response: consentListSchema,
    handler: (ctx, { params }) => listConsents(ctx, params.id),
  });

  registerSecuredRoute(app, db, {
    method: 'POST',
    url: '/api/citizens/:id/consents',
    summary: 'Record the citizen’s consent to share data categories with a partner, for a purpose, until an expiry date',
    tags: ['consents'],
    permission: 'consents.manage',
    audit: 'consent.create',
    shape: 'item',
    params: idParamsSchema,
    body: createConsentBodySchema,
    response: consentSchema,
    status: 201,
    handler: (ctx, { params, body }) => createConsent(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, {
    method: 'POST',
    url: '/api/consents/:id/withdraw',
    summary: 'Withdraw a consent: the partner loses access at once',
    tags: ['consents'],
    permission: 'consents.manage',
    audit: 'consent.withdraw',
    shape: 'item',
    params: idParamsSchema,
    body: withdrawConsentBodySchema,
    response: consentSchema,
    handler: (ctx, { params, body }) => withdrawConsent(ctx, params.id, body),
  });
}
