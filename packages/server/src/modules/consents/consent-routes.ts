/** Citizens' consents to share data with outside partners: see, record, withdraw. */
import type { FastifyInstance } from 'fastify';
import { consentsRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { createConsent, listConsents, withdrawConsent } from './consent-service';

export function registerConsentRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, consentsRoutes.list, (ctx, { params }) => listConsents(ctx, params.id));

  registerSecuredRoute(app, db, consentsRoutes.create, (ctx, { params, body }) => createConsent(ctx, params.id, body));

  registerSecuredRoute(app, db, consentsRoutes.withdraw, (ctx, { params, body }) => withdrawConsent(ctx, params.id, body));
}
