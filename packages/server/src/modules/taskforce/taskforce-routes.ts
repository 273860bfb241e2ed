/** The taskforce course: applications and the seasons' starts. */
import type { FastifyInstance } from 'fastify';
import { taskforceRoutes, taskforceStatusRoutes } from '@hjemvej/contract';
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
import { createTaskforceStatusMeeting, listTaskforceStatusMeetings } from './taskforce-status-service';
import { registerTaskforceReportRoutes } from './taskforce-report-routes';
import { freezeTaskforceDataPackage, getTaskforceDataPackage, listTaskforceDataPackages } from './taskforce-data-package-service';

export function registerTaskforceRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, taskforceRoutes.listApplications, {
    audit: 'taskforce_application.list',
    shape: 'collection',
    handler: (ctx) => listTaskforceApplications(ctx),
  });
  registerSecuredRoute(app, db, taskforceRoutes.createApplication, {
    audit: 'taskforce_application.create',
    shape: 'collection',
    handler: (ctx, { body }) => createTaskforceApplication(ctx, body),
  });
  registerSecuredRoute(app, db, taskforceRoutes.readApplication, {
    audit: 'taskforce_application.read',
    shape: 'item',
    handler: (ctx, { params }) => getTaskforceApplication(ctx, params.id),
  });
  registerSecuredRoute(app, db, taskforceRoutes.updateApplication, {
    audit: 'taskforce_application.update',
    shape: 'item',
    handler: (ctx, { params, body }) => updateTaskforceApplication(ctx, params.id, body),
  });
  registerSecuredRoute(app, db, taskforceRoutes.decideApplication, {
    audit: 'taskforce_application.decide',
    shape: 'item',
    handler: (ctx, { params, body }) => decideTaskforceApplication(ctx, params.id, body),
  });
  registerSecuredRoute(app, db, taskforceRoutes.listSeasons, {
    audit: 'taskforce_season.list',
    shape: 'collection',
    handler: (ctx) => listTaskforceSeasons(ctx),
  });
  registerSecuredRoute(app, db, taskforceRoutes.setSeasonCapacity, {
    audit: 'taskforce_season.update',
    shape: 'collection',
    handler: (ctx, { params, body }) => setTaskforceSeasonCapacity(ctx, params.season, body),
  });
  registerSecuredRoute(app, db, taskforceRoutes.listCourses, {
    audit: 'taskforce_course.list',
    shape: 'collection',
    handler: (ctx) => listTaskforceCourses(ctx),
  });
  registerSecuredRoute(app, db, taskforceRoutes.readCourse, {
    audit: 'taskforce_course.read',
    shape: 'item',
    handler: (ctx, { params }) => getTaskforceCourse(ctx, params.id),
  });
  registerSecuredRoute(app, db, taskforceRoutes.setPhases, {
    audit: 'taskforce_course.phases_update',
    shape: 'item',
    handler: (ctx, { params, body }) => setTaskforceCoursePhases(ctx, params.id, body),
  });
  registerSecuredRoute(app, db, taskforceRoutes.createActivity, {
    audit: 'taskforce_course.activity_create',
    shape: 'item',
    handler: (ctx, { params, body }) => createTaskforceActivity(ctx, params.id, body),
  });
  registerSecuredRoute(app, db, taskforceRoutes.updateActivity, {
    audit: 'taskforce_course.activity_update',
    shape: 'item',
    handler: (ctx, { params, body }) => updateTaskforceActivity(ctx, params.id, params.activityId, body),
  });
  registerSecuredRoute(app, db, taskforceRoutes.setAgreement, {
    audit: 'taskforce_course.agreement_update',
    shape: 'item',
    handler: (ctx, { params, body }) => setTaskforceCourseAgreement(ctx, params.id, body),
  });
  registerSecuredRoute(app, db, taskforceRoutes.setMembers, {
    audit: 'taskforce_course.members_update',
    shape: 'item',
    handler: (ctx, { params, body }) => setTaskforceCourseMembers(ctx, params.id, body),
  });
  registerSecuredRoute(app, db, taskforceRoutes.listDataPackages, {
    audit: 'taskforce_data_package.list',
    shape: 'item',
    handler: (ctx, { params }) => listTaskforceDataPackages(ctx, params.id),
  });
  registerSecuredRoute(app, db, taskforceRoutes.freezeDataPackage, {
    audit: 'taskforce_data_package.freeze',
    shape: 'item',
    handler: (ctx, { params, body }) => freezeTaskforceDataPackage(ctx, params.id, body),
  });
  registerSecuredRoute(app, db, taskforceRoutes.readDataPackage, {
    audit: 'taskforce_data_package.read',
    shape: 'item',
    handler: (ctx, { params }) => getTaskforceDataPackage(ctx, params.id, params.packageId),
  });
  registerSecuredRoute(app, db, taskforceRoutes.readPlan, {
    audit: 'taskforce_plan.read',
    shape: 'item',
    handler: (ctx, { params }) => getTaskforcePlan(ctx, params.id),
  });
  registerSecuredRoute(app, db, taskforceRoutes.createPoint, {
    audit: 'taskforce_plan.point_create',
    shape: 'item',
    handler: (ctx, { params, body }) => createTaskforcePoint(ctx, params.id, body),
  });
  registerSecuredRoute(app, db, taskforceRoutes.createGoal, {
    audit: 'taskforce_plan.goal_create',
    shape: 'item',
    handler: (ctx, { params, body }) => createTaskforceGoal(ctx, params.id, params.pointId, body),
  });
  registerSecuredRoute(app, db, taskforceRoutes.createAction, {
    audit: 'taskforce_plan.action_create',
    shape: 'item',
    handler: (ctx, { params, body }) => createTaskforceAction(ctx, params.id, params.goalId, body),
  });
  registerSecuredRoute(app, db, taskforceRoutes.createLearningActivity, {
    audit: 'taskforce_plan.learning_create',
    shape: 'item',
    handler: (ctx, { params, body }) => createTaskforceLearningActivity(ctx, params.id, body),
  });
  registerSecuredRoute(app, db, taskforceStatusRoutes.listStatusMeetings, {
    audit: 'taskforce_status_meeting.list',
    shape: 'item',
    handler: (ctx, { params }) => listTaskforceStatusMeetings(ctx, params.id),
  });
  registerSecuredRoute(app, db, taskforceStatusRoutes.createStatusMeeting, {
    audit: 'taskforce_status_meeting.create',
    shape: 'item',
    handler: (ctx, { params, body }) => createTaskforceStatusMeeting(ctx, params.id, body),
  });
  registerTaskforceReportRoutes(app, db);
}
