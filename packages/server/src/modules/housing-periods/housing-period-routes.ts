/** Housing periods: the citizen's housing situation over time; a new period ends the open one. */
import type { FastifyInstance } from 'fastify';
import { housingPeriodsRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { createHousingPeriod, listHousingPeriods, updateHousingPeriod } from './housing-period-service';

export function registerHousingPeriodRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, housingPeriodsRoutes.listHousingPeriods, (ctx, { params }) => listHousingPeriods(ctx, params.id));

  registerSecuredRoute(app, db, housingPeriodsRoutes.createHousingPeriod, (ctx, { params, body }) =>
    createHousingPeriod(ctx, params.id, body),
  );

  registerSecuredRoute(app, db, housingPeriodsRoutes.updateHousingPeriod, (ctx, { params, body }) =>
    updateHousingPeriod(ctx, params.id, body),
  );
}
