/** "Where time goes": lead time to move-in and waits per flowcard step and unit, with drill-down. */
import type { FastifyInstance } from 'fastify';
import { timeReportRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { getTimeReport, getTimeReportCitizens } from './time-report-service';

export function registerTimeReportRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, timeReportRoutes.read, (ctx, { query }) => getTimeReport(ctx, query));

  registerSecuredRoute(app, db, timeReportRoutes.citizens, (ctx, { query }) => getTimeReportCitizens(ctx, query));
}
