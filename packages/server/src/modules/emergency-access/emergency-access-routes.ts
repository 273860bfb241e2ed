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
  registerSecuredRoute(app, db, emergencyAccessRoutes.start, {
    audit: 'emergency_access.start',
    shape: 'item',
    handler: (ctx, { body }) => startEmergencyAccess(ctx, body),
  });
  registerSecuredRoute(app, db, emergencyAccessRoutes.list, {
    audit: 'emergency_access.list',
    shape: 'collection',
    handler: (ctx, { query }) => listEmergencyAccesses(ctx, query.status),
  });
  registerSecuredRoute(app, db, emergencyAccessRoutes.review, {
    audit: 'emergency_access.review',
    shape: 'item',
    handler: (ctx, { params, body }) => reviewEmergencyAccess(ctx, params.id, body),
  });
  registerSecuredRoute(app, db, emergencyAccessRoutes.ofCitizen, {
    audit: 'emergency_access.citizen_list',
    shape: 'item',
    handler: (ctx, { params }) => listEmergencyAccessesOfCitizen(ctx, params.id),
  });
}
