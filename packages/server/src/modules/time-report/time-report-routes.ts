/** "Where time goes": lead time to move-in and waits per flowcard step and unit, with drill-down. */
import type { FastifyInstance } from 'fastify';
import {
  timeReportCitizensQuerySchema,
  timeReportCitizensSchema,
  timeReportQuerySchema,
  timeReportSchema,
} from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { getTimeReport, getTimeReportCitizens } from './time-report-service';

export function registerTimeReportRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/time-report',
    summary: 'Where time goes in a period: lead time to move-in (median, p75, share within goal), waits per step and unit',
    tags: ['time report'],
    permission: 'tasks.oversee',
    audit: 'time_report.read',
    shape: 'collection',
    querystring: timeReportQuerySchema,
    response: timeReportSchema,
    handler: (ctx, { query }) => getTimeReport(ctx, query),
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/time-report/citizens',
    summary: 'The citizens behind one bar of the report (?bar=lead_time | step:<flowcard>:<key> | manual | unit:<id>)',
    tags: ['time report'],
    permission: 'tasks.oversee',
    audit: 'time_report.citizens',
    shape: 'collection',
    querystring: timeReportCitizensQuerySchema,
    response: timeReportCitizensSchema,
    handler: (ctx, { query }) => getTimeReportCitizens(ctx, query),
  });
}
