/** VUM 2.0 assessments of a citizen, with every version kept, readable and comparable. */
import type { FastifyInstance } from 'fastify';
import { assessmentsRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { registerVersionRoutes } from '../versioning/version-routes';
import { readAssessmentVersionContent } from './assessment-queries';
import { createAssessment, getAssessment, listAssessments, loadAssessmentRef, updateAssessment } from './assessment-service';

export function registerAssessmentRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, assessmentsRoutes.list, (ctx, { params }) => listAssessments(ctx, params.id));

  registerSecuredRoute(app, db, assessmentsRoutes.create, (ctx, { params, body }) => createAssessment(ctx, params.id, body));

  registerSecuredRoute(app, db, assessmentsRoutes.read, (ctx, { params }) => getAssessment(ctx, params.id));

  registerSecuredRoute(app, db, assessmentsRoutes.update, (ctx, { params, body }) => updateAssessment(ctx, params.id, body));

  registerVersionRoutes(app, db, {
    kind: 'assessment',
    routes: assessmentsRoutes.versions,
    actions: { list: 'assessment.version_list', read: 'assessment.version_read', compare: 'assessment.compare' },
    read: readAssessmentVersionContent,
    load: loadAssessmentRef,
  });
}
