/** Citizens' consents to share data with outside partners: see, record, withdraw. */
import type { FastifyInstance } from 'fastify';
import { consentsRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { createConsent, listConsents, withdrawConsent } from './consent-service';

export function registerConsentRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, consentsRoutes.list, {
    audit: 'consent.list',
    shape: 'item',
    handler: (ctx, { params }) => listConsents(ctx, params.id),
  });

  registerSecuredRoute(app, db, consentsRoutes.create, {
    audit: 'consent.create',
    shape: 'item',
    handler: (ctx, { params, body }) => createConsent(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, consentsRoutes.withdraw, {
    audit: 'consent.withdraw',
    shape: 'item',
    handler: (ctx, { params, body }) => withdrawConsent(ctx, params.id, body),
  });
}
