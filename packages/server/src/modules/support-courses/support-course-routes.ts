/** Support courses under § 85 a: CTI (with phases and checklists), ICM, ACT, M-ACT; contacts and visits. */
import type { FastifyInstance } from 'fastify';
import { supportCoursesRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import {
  addContact,
  createCourse,
  endCourse,
  getCaseload,
  getCourse,
  listCourses,
  updateCourse,
  updateCtiPhase,
} from './support-course-service';

export function registerSupportCourseRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, supportCoursesRoutes.caseload, (ctx, { query }) => getCaseload(ctx, query.pageSize));

  registerSecuredRoute(app, db, supportCoursesRoutes.list, (ctx, { params }) => listCourses(ctx, params.id));

  registerSecuredRoute(app, db, supportCoursesRoutes.create, (ctx, { params, body }) => createCourse(ctx, params.id, body));

  registerSecuredRoute(app, db, supportCoursesRoutes.read, (ctx, { params }) => getCourse(ctx, params.id));

  registerSecuredRoute(app, db, supportCoursesRoutes.update, (ctx, { params, body }) => updateCourse(ctx, params.id, body));

  registerSecuredRoute(app, db, supportCoursesRoutes.end, (ctx, { params, body }) => endCourse(ctx, params.id, body));

  registerSecuredRoute(app, db, supportCoursesRoutes.updateCtiPhase, (ctx, { params, body }) =>
    updateCtiPhase(ctx, params.id, params.phase, body),
  );

  registerSecuredRoute(app, db, supportCoursesRoutes.addContact, (ctx, { params, body }) => addContact(ctx, params.id, body));
}
