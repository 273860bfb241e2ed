/** Health, for load balancers and operators. */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { systemRoutes } from '@hjemvej/contract';
import type { DatabaseTarget } from '../../config/database-url';
import type { Db } from '../../database/connection';
import { registerPublicRoute } from '../../http/public-route';

export function registerSystemRoutes(app: FastifyInstance, db: Db, target: DatabaseTarget, version: string): void {
  registerPublicRoute(app, systemRoutes.health, {
    reason: 'health check for load balancers',
    async handler() {
      await sql`SELECT 1`.execute(db);
      // Only the kind and that it answers: where the database lives (a folder, a host) is not for anyone who asks.
      return { status: 'ok' as const, version, database: { kind: target.kind, answers: true } };
    },
  });
}
