/** Searching the audit log: by citizen, by user, by period. Scoped to the own organisation's data and people. */
import type { FastifyInstance } from 'fastify';
import { auditLogRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { searchAuditLog } from './audit-log-service';

export function registerAuditLogRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, auditLogRoutes.search, (ctx, { query }) => searchAuditLog(ctx, query));
}
