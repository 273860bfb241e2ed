/** The taskforce course: applications and the seasons' starts. */
import type { FastifyInstance } from 'fastify';
import { taskforcePlanChangeRoutes, taskforceRoutes, taskforceStatusRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import {
  createTaskforceApplication,
  decideTaskforceApplication,
  getTaskforceApplication,
  listTaskforceApplications,
  listTaskforceSeasons,
  setTaskforceSeasonCapacity,
  updateTaskforceApplication,
} from './taskforce-application-service';
import {
  createTaskforceActivity,
  getTaskforceCourse,
  listTaskforceCourses,
  setTaskforceCourseAgreement,
  setTaskforceCourseMembers,
  setTaskforceCoursePhases,
  updateTaskforceActivity,
} from './taskforce-course-service';
import {
  createTaskforceAction,
  createTaskforceGoal,
  createTaskforceLearningActivity,
  createTaskforcePoint,
  getTaskforcePlan,
} from './taskforce-plan-service';
import {
  deleteTaskforceAction,
  deleteTaskforceGoal,
  deleteTaskforcePoint,
  updateTaskforceAction,
  updateTaskforceGoal,
  updateTaskforcePoint,
} from './taskforce-plan-change-service';
import { createTaskforceStatusMeeting, listTaskforceStatusMeetings } from './taskforce-status-service';
import { registerTaskforceReportRoutes } from './taskforce-report-routes';
import { registerTaskforceStaffRoutes } from './taskforce-staff-routes';
import { freezeTaskforceDataPackage, getTaskforceDataPackage, listTaskforceDataPackages } from './taskforce-data-package-service';

export function registerTaskforceRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, taskforceRoutes.listApplications, (ctx) => listTaskforceApplications(ctx));
  registerSecuredRoute(app, db, taskforceRoutes.createApplication, (ctx, { body }) => createTaskforceApplication(ctx, body));
  registerSecuredRoute(app, db, taskforceRoutes.readApplication, (ctx, { params }) => getTaskforceApplication(ctx, params.id));
  registerSecuredRoute(app, db, taskforceRoutes.updateApplication, (ctx, { params, body }) =>
    updateTaskforceApplication(ctx, params.id, body),
  );
  registerSecuredRoute(app, db, taskforceRoutes.decideApplication, (ctx, { params, body }) =>
    decideTaskforceApplication(ctx, params.id, body),
  );
  registerSecuredRoute(app, db, taskforceRoutes.listSeasons, (ctx) => listTaskforceSeasons(ctx));
  registerSecuredRoute(app, db, taskforceRoutes.setSeasonCapacity, (ctx, { params, body }) =>
    setTaskforceSeasonCapacity(ctx, params.season, body),
  );
  registerSecuredRoute(app, db, taskforceRoutes.listCourses, (ctx) => listTaskforceCourses(ctx));
  registerSecuredRoute(app, db, taskforceRoutes.readCourse, (ctx, { params }) => getTaskforceCourse(ctx, params.id));
  registerSecuredRoute(app, db, taskforceRoutes.setPhases, (ctx, { params, body }) =>
    setTaskforceCoursePhases(ctx, params.id, body),
  );
  registerSecuredRoute(app, db, taskforceRoutes.createActivity, (ctx, { params, body }) =>
    createTaskforceActivity(ctx, params.id, body),
  );
  registerSecuredRoute(app, db, taskforceRoutes.updateActivity, (ctx, { params, body }) =>
    updateTaskforceActivity(ctx, params.id, params.activityId, body),
  );
  registerSecuredRoute(app, db, taskforceRoutes.setAgreement, (ctx, { params, body }) =>
    setTaskforceCourseAgreement(ctx, params.id, body),
  );
  registerSecuredRoute(app, db, taskforceRoutes.setMembers, (ctx, { params, body }) =>
    setTaskforceCourseMembers(ctx, params.id, body),
  );
  registerSecuredRoute(app, db, taskforceRoutes.listDataPackages, (ctx, { params }) => listTaskforceDataPackages(ctx, params.id));
  registerSecuredRoute(app, db, taskforceRoutes.freezeDataPackage, (ctx, { params, body }) =>
    freezeTaskforceDataPackage(ctx, params.id, body),
  );
  registerSecuredRoute(app, db, taskforceRoutes.readDataPackage, (ctx, { params }) =>
    getTaskforceDataPackage(ctx, params.id, params.packageId),
  );
  registerSecuredRoute(app, db, taskforceRoutes.readPlan, (ctx, { params }) => getTaskforcePlan(ctx, params.id));
  registerSecuredRoute(app, db, taskforceRoutes.createPoint, (ctx, { params, body }) =>
    createTaskforcePoint(ctx, params.id, body),
  );
  registerSecuredRoute(app, db, taskforceRoutes.createGoal, (ctx, { params, body }) =>
    createTaskforceGoal(ctx, params.id, params.pointId, body),
  );
  registerSecuredRoute(app, db, taskforceRoutes.createAction, (ctx, { params, body }) =>
    createTaskforceAction(ctx, params.id, params.goalId, body),
  );
  registerSecuredRoute(app, db, taskforceRoutes.createLearningActivity, (ctx, { params, body }) =>
    createTaskforceLearningActivity(ctx, params.id, body),
  );
  registerSecuredRoute(app, db, taskforcePlanChangeRoutes.updatePoint, (ctx, { params, body }) =>
    updateTaskforcePoint(ctx, params.id, params.pointId, body),
  );
  registerSecuredRoute(app, db, taskforcePlanChangeRoutes.deletePoint, (ctx, { params }) =>
    deleteTaskforcePoint(ctx, params.id, params.pointId),
  );
  registerSecuredRoute(app, db, taskforcePlanChangeRoutes.updateGoal, (ctx, { params, body }) =>
    updateTaskforceGoal(ctx, params.id, params.goalId, body),
  );
  registerSecuredRoute(app, db, taskforcePlanChangeRoutes.deleteGoal, (ctx, { params }) =>
    deleteTaskforceGoal(ctx, params.id, params.goalId),
  );
  registerSecuredRoute(app, db, taskforcePlanChangeRoutes.updateAction, (ctx, { params, body }) =>
    updateTaskforceAction(ctx, params.id, params.actionId, body),
  );
  registerSecuredRoute(app, db, taskforcePlanChangeRoutes.deleteAction, (ctx, { params }) =>
    deleteTaskforceAction(ctx, params.id, params.actionId),
  );
  registerSecuredRoute(app, db, taskforceStatusRoutes.listStatusMeetings, (ctx, { params }) =>
    listTaskforceStatusMeetings(ctx, params.id),
  );
  registerSecuredRoute(app, db, taskforceStatusRoutes.createStatusMeeting, (ctx, { params, body }) =>
    createTaskforceStatusMeeting(ctx, params.id, body),
  );
  registerTaskforceReportRoutes(app, db);
  registerTaskforceStaffRoutes(app, db);
}
