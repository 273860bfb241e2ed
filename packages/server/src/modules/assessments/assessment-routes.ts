/** VUM 2.0 assessments of a citizen, with every version kept, readable and comparable. */
import type { FastifyInstance } from 'fastify';
import { assessmentsRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerVersionedRecordRoutes } from '../versioning/version-routes';
import { readAssessmentVersionContent } from './assessment-queries';
import { createAssessment, getAssessment, listAssessments, loadAssessmentRef, updateAssessment } from './assessment-service';

export function registerAssessmentRoutes(app: FastifyInstance, db: Db): void {
  const service = {
    list: listAssessments,
    create: createAssessment,
    read: getAssessment,
    update: updateAssessment,
    load: loadAssessmentRef,
  };
  registerVersionedRecordRoutes(app, db, 'assessment', assessmentsRoutes, service, readAssessmentVersionContent);
}
