/** § 110 shelter stays: admission with intake, notification of the handlekommune, discharge. */
import type { FastifyInstance } from 'fastify';
import { shelterStaysRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import {
  admitCitizen,
  dischargeStay,
  getResidentsSummary,
  listStays,
  recordNotification,
  updateStay,
} from './shelter-stay-service';

export function registerShelterStayRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, shelterStaysRoutes.summary, (ctx) => getResidentsSummary(ctx));

  registerSecuredRoute(app, db, shelterStaysRoutes.list, (ctx, { params }) => listStays(ctx, params.id));

  registerSecuredRoute(app, db, shelterStaysRoutes.admit, (ctx, { params, body }) => admitCitizen(ctx, params.id, body));

  registerSecuredRoute(app, db, shelterStaysRoutes.update, (ctx, { params, body }) => updateStay(ctx, params.id, body));

  registerSecuredRoute(app, db, shelterStaysRoutes.recordNotification, (ctx, { params, body }) =>
    recordNotification(ctx, params.id, body),
  );

  registerSecuredRoute(app, db, shelterStaysRoutes.discharge, (ctx, { params, body }) => dischargeStay(ctx, params.id, body));
}
