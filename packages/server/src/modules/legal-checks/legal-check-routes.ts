/** The legal checks of a citizen's course. */
import type { FastifyInstance } from 'fastify';
import { idParamsSchema, legalChecksSchema } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { getLegalChecks } from './legal-check-service';

export function registerCourseRuleRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/citizens/:id/legal-checks',
    summary: 'The citizen’s course checked against the law today: each rule met, missing, overdue or a warning, with its source',
    tags: ['legal-checks'],
    permission: 'citizens.read',
    audit: 'course.legal_checks',
    shape: 'item',
    params: idParamsSchema,
    response: legalChecksSchema,
    handler: (ctx, { params }) => getLegalChecks(ctx, params.id),
  });
}
