import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { healthResponseSchema } from '@hjemvej/contract';
import { describeDatabaseTarget, type DatabaseTarget } from '../../config/database-url';
import type { Db } from '../../database/connection';

export function registerSystemRoutes(app: FastifyInstance, db: Db, target: DatabaseTarget, version: string): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    {
      schema: {
        summary: 'Is the server up, and which database does it use',
        tags: ['system'],
        response: { 200: healthResponseSchema },
      },
      config: { public: 'health check for load balancers' },
    },
    async () => {
      await sql`SELECT 1`.execute(db);
      return { status: 'ok' as const, version, database: { kind: target.kind, location: describeDatabaseTarget(target) } };
    },
  );
}
