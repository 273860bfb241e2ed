/** Emergency access ("break the glass"): open a citizen with a reason; review; the citizen's list. */
import type { FastifyInstance } from 'fastify';
import { emergencyAccessRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import {
  listEmergencyAccesses,
  listEmergencyAccessesOfCitizen,
  reviewEmergencyAccess,
  startEmergencyAccess,
} from './emergency-access-service';

export function registerEmergencyAccessRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, emergencyAccessRoutes.start, (ctx, { body }) => startEmergencyAccess(ctx, body));
  registerSecuredRoute(app, db, emergencyAccessRoutes.list, (ctx, { query }) => listEmergencyAccesses(ctx, query.status));
  registerSecuredRoute(app, db, emergencyAccessRoutes.review, (ctx, { params, body }) =>
    reviewEmergencyAccess(ctx, params.id, body),
  );
  registerSecuredRoute(app, db, emergencyAccessRoutes.ofCitizen, (ctx, { params }) =>
    listEmergencyAccessesOfCitizen(ctx, params.id),
  );
}
