/** The status report: the page's JSON and the PDF, XLSX and CSV downloads (suppressed aggregates only). */
import type { FastifyInstance } from 'fastify';
import { statusReportRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredDownload, registerSecuredRoute } from '../../http/secured-route';
import { downloadStatusReport, getStatusReport } from './status-report-service';

export function registerStatusReportRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, statusReportRoutes.read, (ctx, { query }) => getStatusReport(ctx, query));
  for (const format of ['pdf', 'xlsx', 'csv'] as const) {
    registerSecuredDownload(app, db, statusReportRoutes[format], (ctx, { query }) => downloadStatusReport(ctx, query, format));
  }
}
