/** Support courses under § 85 a: CTI (with phases and checklists), ICM, ACT, M-ACT; contacts and visits. */
import type { FastifyInstance } from 'fastify';
import {
  createSupportContactBodySchema,
  createSupportCourseBodySchema,
  ctiPhaseParamsSchema,
  endSupportCourseBodySchema,
  idParamsSchema,
  supportContactSchema,
  supportCourseListSchema,
  supportCourseSchema,
  updateCtiPhaseBodySchema,
  updateSupportCourseBodySchema,
} from '@hjemvej/contract';
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
  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/citizens/:id/support-courses',
    summary: 'The citizen’s support courses, with CTI phases, due dates, checklists and contacts',
    tags: ['support'],
    permission: 'citizens.read',
    audit: 'support_course.list',
    shape: 'item',
    params: idParamsSchema,
    response: supportCourseListSchema,
    handler: (ctx, { params }) => listCourses(ctx, params.id),
  });

  registerSecuredRoute(app, db, {
    method: 'POST',
    url: '/api/citizens/:id/support-courses',
    summary: 'Start a support course (a CTI course gets its three phases with default checklists)',
    tags: ['support'],
    permission: 'citizens.write',
    audit: 'support_course.create',
    shape: 'item',
    params: idParamsSchema,
    body: createSupportCourseBodySchema,
    response: supportCourseSchema,
    status: 201,
    handler: (ctx, { params, body }) => createCourse(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/support-courses/:id',
    summary: 'One support course, with the CTI phase transition due or overdue',
    tags: ['support'],
    permission: 'citizens.read',
    audit: 'support_course.read',
    shape: 'item',
    params: idParamsSchema,
    response: supportCourseSchema,
    handler: (ctx, { params }) => getCourse(ctx, params.id),
  });

  registerSecuredRoute(app, db, {
    method: 'PATCH',
    url: '/api/support-courses/:id',
    summary: 'Change team, worker, decision, start or note (409 with what changed when someone else saved first)',
    tags: ['support'],
    permission: 'citizens.write',
    audit: 'support_course.update',
    shape: 'item',
    params: idParamsSchema,
    body: updateSupportCourseBodySchema,
    response: supportCourseSchema,
    handler: (ctx, { params, body }) => updateCourse(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, {
    method: 'POST',
    url: '/api/support-courses/:id/end',
    summary: 'End the course with its reason',
    tags: ['support'],
    permission: 'citizens.write',
    audit: 'support_course.end',
    shape: 'item',
    params: idParamsSchema,
    body: endSupportCourseBodySchema,
    response: supportCourseSchema,
    handler: (ctx, { params, body }) => endCourse(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, {
    method: 'PUT',
    url: '/api/support-courses/:id/cti-phases/:phase',
    summary: 'Start a CTI phase and/or set its checklist',
    tags: ['support'],
    permission: 'citizens.write',
    audit: 'support_course.phase_update',
    shape: 'item',
    params: ctiPhaseParamsSchema,
    body: updateCtiPhaseBodySchema,
    response: supportCourseSchema,
    handler: (ctx, { params, body }) => updateCtiPhase(ctx, params.id, params.phase, body),
  });

  registerSecuredRoute(app, db, {
    method: 'POST',
    url: '/api/support-courses/:id/contacts',
    summary: 'Log a contact or visit in the course',
    tags: ['support'],
    permission: 'citizens.write',
    audit: 'support_course.contact_add',
    shape: 'item',
    params: idParamsSchema,
    body: createSupportContactBodySchema,
    response: supportContactSchema,
    status: 201,
    handler: (ctx, { params, body }) => addContact(ctx, params.id, body),
  });
}
