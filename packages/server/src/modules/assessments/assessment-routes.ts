/** VUM 2.0 assessments of a citizen, with every version kept, readable and comparable. */
import type { FastifyInstance } from 'fastify';
import {
  assessmentListSchema,
  assessmentSchema,
  assessmentVersionSchema,
  createAssessmentBodySchema,
  idParamsSchema,
  updateAssessmentBodySchema,
} from '@hjemvej/contract';
import { assessmentsRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { registerVersionRoutes } from '../versioning/version-routes';
import { readAssessmentVersionContent } from './assessment-queries';
import { createAssessment, getAssessment, listAssessments, loadAssessmentRef, updateAssessment } from './assessment-service';

export function registerAssessmentRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/citizens/:id/assessments',
    summary: 'The citizen’s VUM 2.0 assessments, newest first',
    tags: ['assessments'],
    permission: 'citizens.read',
    audit: 'assessment.list',
    shape: 'item',
    params: idParamsSchema,
    response: assessmentListSchema,
    handler: (ctx, { params }) => listAssessments(ctx, params.id),
  });

  registerSecuredRoute(app, db, {
    method: 'POST',
    url: '/api/citizens/:id/assessments',
    summary: 'Record an assessment: per VUM area the level of function, support need and goal type; the citizen’s own view',
    tags: ['assessments'],
    permission: 'citizens.write',
    audit: 'assessment.create',
    shape: 'item',
    params: idParamsSchema,
    body: createAssessmentBodySchema,
    response: assessmentSchema,
    status: 201,
    handler: (ctx, { params, body }) => createAssessment(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/assessments/:id',
    summary: 'One assessment',
    tags: ['assessments'],
    permission: 'citizens.read',
    audit: 'assessment.read',
    shape: 'item',
    params: idParamsSchema,
    response: assessmentSchema,
    handler: (ctx, { params }) => getAssessment(ctx, params.id),
  });

  registerSecuredRoute(app, db, {
    method: 'PATCH',
    url: '/api/assessments/:id',
    summary: 'Change an assessment (409 with what changed when someone else saved first)',
    tags: ['assessments'],
    permission: 'citizens.write',
    audit: 'assessment.update',
    shape: 'item',
    params: idParamsSchema,
    body: updateAssessmentBodySchema,
    response: assessmentSchema,
    handler: (ctx, { params, body }) => updateAssessment(ctx, params.id, body),
  });

  registerVersionRoutes(app, db, {
    kind: 'assessment',
    routes: assessmentsRoutes.versions,
    actions: { list: 'assessment.version_list', read: 'assessment.version_read', compare: 'assessment.compare' },
    read: readAssessmentVersionContent,
    load: loadAssessmentRef,
  });
}
