/** Course documentation (individforløb): intake, status and exit registrations on a support course, every version kept. */
import type { FastifyInstance } from 'fastify';
import { courseRegistrationsRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { registerVersionRoutes } from '../versioning/version-routes';
import { readRegistrationVersionContent } from './course-registration-queries';
import {
  createRegistration,
  listRegistrations,
  loadRegistrationRef,
  prefillCourseRegistration,
  updateRegistration,
} from './course-registration-service';

export function registerCourseRegistrationRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, courseRegistrationsRoutes.list, (ctx, { params }) => listRegistrations(ctx, params.id));

  registerSecuredRoute(app, db, courseRegistrationsRoutes.prefill, (ctx, { params, query }) =>
    prefillCourseRegistration(ctx, params.id, query.kind),
  );

  registerSecuredRoute(app, db, courseRegistrationsRoutes.create, (ctx, { params, body }) =>
    createRegistration(ctx, params.id, body),
  );

  registerSecuredRoute(app, db, courseRegistrationsRoutes.update, (ctx, { params, body }) =>
    updateRegistration(ctx, params.id, body),
  );

  registerVersionRoutes(app, db, {
    kind: 'course_registration',
    routes: courseRegistrationsRoutes.versions,
    actions: {
      list: 'course_registration.version_list',
      read: 'course_registration.version_read',
      compare: 'course_registration.compare',
    },
    read: readRegistrationVersionContent,
    load: loadRegistrationRef,
  });
}
