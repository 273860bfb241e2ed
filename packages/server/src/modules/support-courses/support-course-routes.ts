/** Support courses under § 85 a: CTI (with phases and checklists), ICM, ACT, M-ACT; contacts and visits. */
import type { FastifyInstance } from 'fastify';
import { supportCoursesRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import {
  addContact,
  createCourse,
  endCourse,
  getCourse,
  listCourses,
  updateCourse,
  updateCtiPhase,
} from './support-course-service';

export function registerSupportCourseRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, supportCoursesRoutes.list, {
    audit: 'support_course.list',
    shape: 'item',
    handler: (ctx, { params }) => listCourses(ctx, params.id),
  });

  registerSecuredRoute(app, db, supportCoursesRoutes.create, {
    audit: 'support_course.create',
    shape: 'item',
    handler: (ctx, { params, body }) => createCourse(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, supportCoursesRoutes.read, {
    audit: 'support_course.read',
    shape: 'item',
    handler: (ctx, { params }) => getCourse(ctx, params.id),
  });

  registerSecuredRoute(app, db, supportCoursesRoutes.update, {
    audit: 'support_course.update',
    shape: 'item',
    handler: (ctx, { params, body }) => updateCourse(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, supportCoursesRoutes.end, {
    audit: 'support_course.end',
    shape: 'item',
    handler: (ctx, { params, body }) => endCourse(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, supportCoursesRoutes.updateCtiPhase, {
    audit: 'support_course.phase_update',
    shape: 'item',
    handler: (ctx, { params, body }) => updateCtiPhase(ctx, params.id, params.phase, body),
  });

  registerSecuredRoute(app, db, supportCoursesRoutes.addContact, {
    audit: 'support_course.contact_add',
    shape: 'item',
    handler: (ctx, { params, body }) => addContact(ctx, params.id, body),
  });
}
