/**
 * The taskforce course (seed 001) between the national taskforce and a municipality. First the
 * intake: the municipality's application (needs under the four themes, what it expects, contact
 * persons) and the taskforce's planning of the seasons' starts: accepted into a season, deferred
 * or declined with a reason, never more starts in a season than its capacity.
 */
import { z } from 'zod';
import {
  seasonTerms,
  taskforceActivityKinds,
  taskforceApplicationStatuses,
  taskforceCourseBodies,
  taskforcePhases,
} from '@hjemvej/domain';
import {
  caseDateSchema,
  idParamsSchema,
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  textSchema,
  versionNumberSchema,
} from './common';
import { defineRoute } from './route';
import { roleSchema } from './auth';
import { taskforceApplicationAbilitiesSchema, taskforceCourseAbilitiesSchema } from './abilities';
import {
  freezeTaskforceDataPackageBodySchema,
  taskforceDataPackageListSchema,
  taskforceDataPackageParamsSchema,
  taskforceDataPackageSchema,
} from './taskforce-analysis';
import {
  createTaskforceActionBodySchema,
  createTaskforceGoalBodySchema,
  createTaskforceLearningBodySchema,
  createTaskforcePointBodySchema,
  taskforceGoalParamsSchema,
  taskforcePlanSchema,
  taskforcePointParamsSchema,
} from './taskforce-plan';

export const seasonTermSchema = z.enum(seasonTerms);
export const seasonSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  term: seasonTermSchema,
});
export type SeasonInput = z.infer<typeof seasonSchema>;

/** What the municipality needs help with, per theme; at least one theme is filled in. */
const needText = z.string().trim().max(4000);
export const taskforceNeedsSchema = z.object({
  housingSupply: needText,
  supportMethods: needText,
  organisation: needText,
  legalQuality: needText,
});
export type TaskforceNeeds = z.infer<typeof taskforceNeedsSchema>;

export const taskforceContactSchema = z.object({
  name: textSchema(200),
  title: z.string().trim().max(200),
  email: z.string().trim().max(254),
  phone: z.string().trim().max(40),
});
export type TaskforceContact = z.infer<typeof taskforceContactSchema>;

export const taskforceApplicationStatusSchema = z.enum(taskforceApplicationStatuses);

export const taskforceApplicationSchema = z.object({
  id: idSchema,
  municipalityId: idSchema,
  municipalityName: z.string(),
  status: taskforceApplicationStatusSchema,
  needs: taskforceNeedsSchema,
  expectations: z.string(),
  contacts: z.array(taskforceContactSchema),
  /** The season the municipality would like to start in, if it said. */
  preferredSeason: seasonSchema.nullable(),
  /** Accepted into (or, when deferred, expected in) this season. */
  season: seasonSchema.nullable(),
  decisionReason: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: isoDateTimeSchema.nullable(),
  submittedBy: z.string().nullable(),
  submittedAt: isoDateTimeSchema,
  /** The course the accepted application became. */
  courseId: idSchema.nullable(),
  abilities: taskforceApplicationAbilitiesSchema,
  version: z.number().int(),
});
export type TaskforceApplication = z.infer<typeof taskforceApplicationSchema>;
export const taskforceApplicationListSchema = z.object({ items: z.array(taskforceApplicationSchema) });
export type TaskforceApplicationList = z.infer<typeof taskforceApplicationListSchema>;

export const createTaskforceApplicationBodySchema = z.object({
  needs: taskforceNeedsSchema,
  expectations: textSchema(4000),
  contacts: z.array(taskforceContactSchema).min(1).max(10),
  preferredSeason: seasonSchema.nullable().optional(),
});
export type CreateTaskforceApplicationBody = z.input<typeof createTaskforceApplicationBodySchema>;

export const updateTaskforceApplicationBodySchema = createTaskforceApplicationBodySchema.extend({ version: versionNumberSchema });
export type UpdateTaskforceApplicationBody = z.input<typeof updateTaskforceApplicationBodySchema>;

export const taskforceDecisionBodySchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('accept'), version: versionNumberSchema, season: seasonSchema }),
  z.object({
    decision: z.literal('defer'),
    version: versionNumberSchema,
    reason: textSchema(4000),
    season: seasonSchema.nullable().optional(),
  }),
  z.object({ decision: z.literal('decline'), version: versionNumberSchema, reason: textSchema(4000) }),
]);
export type TaskforceDecisionBody = z.input<typeof taskforceDecisionBodySchema>;

/** One season's starts: capacity and the applications accepted into it. */
export const taskforceSeasonSchema = z.object({
  key: z.string(),
  year: z.number().int(),
  term: seasonTermSchema,
  capacity: z.number().int(),
  /** Whether the taskforce set the capacity (otherwise it is the default). */
  isCapacitySet: z.boolean(),
  accepted: z.array(z.object({ applicationId: idSchema, municipalityName: z.string(), courseId: idSchema.nullable() })),
  /** Open applications preferring this season. */
  preferredBy: z.number().int(),
});
export type TaskforceSeason = z.infer<typeof taskforceSeasonSchema>;
export const taskforceSeasonListSchema = z.object({ items: z.array(taskforceSeasonSchema), defaultCapacity: z.number().int() });
export type TaskforceSeasonList = z.infer<typeof taskforceSeasonListSchema>;

export const seasonParamsSchema = z.object({ season: z.string().regex(/^(spring|autumn)-\d{4}$/) });
export const setSeasonCapacityBodySchema = z.object({ capacity: z.number().int().min(0).max(20) });
export type SetSeasonCapacityBody = z.input<typeof setSeasonCapacityBodySchema>;

// ── The course ────────────────────────────────────────────────────────────────────────────

export const taskforcePhaseSchema = z.enum(taskforcePhases);
export const taskforceActivityKindSchema = z.enum(taskforceActivityKinds);
export const taskforceCourseBodySchema = z.enum(taskforceCourseBodies);

export const taskforcePhaseDatesSchema = z.object({
  phase: taskforcePhaseSchema,
  plannedStart: isoDateSchema,
  plannedEnd: isoDateSchema,
  actualStart: isoDateSchema.nullable(),
  actualEnd: isoDateSchema.nullable(),
});

export const taskforceActivitySchema = z.object({
  id: idSchema,
  phase: taskforcePhaseSchema,
  kind: taskforceActivityKindSchema,
  title: z.string(),
  plannedOn: isoDateSchema,
  doneOn: isoDateSchema.nullable(),
  note: z.string(),
  /** Its planned day has passed and it is not done: shown to both sides. */
  isOverdue: z.boolean(),
});
export type TaskforceActivity = z.infer<typeof taskforceActivitySchema>;

export const taskforceMemberSchema = z.object({
  body: taskforceCourseBodySchema,
  name: textSchema(200),
  role: z.string().trim().max(200),
});
export type TaskforceMember = z.infer<typeof taskforceMemberSchema>;

/** The collaboration agreement (samarbejdsaftale) and its data-collection clause. */
export const taskforceAgreementSchema = z.object({
  signedOn: isoDateSchema.nullable(),
  /** Where the signed document is (file name, journal number). */
  document: z.string(),
  /** Which data the taskforce collects. */
  dataScope: z.string(),
  dataPeriodFrom: isoDateSchema.nullable(),
  dataPeriodTo: isoDateSchema.nullable(),
  /** Who sees what. */
  dataAccess: z.string(),
  dataValidUntil: isoDateSchema.nullable(),
});

/** One of the taskforce's own people on the course (a consultant or a reviewer of the national organisation). */
export const taskforceStaffMemberSchema = z.object({
  userId: idSchema,
  name: z.string(),
  role: roleSchema,
  organisationName: z.string(),
});
export type TaskforceStaffMember = z.infer<typeof taskforceStaffMemberSchema>;

export const taskforceCourseSummarySchema = z.object({
  id: idSchema,
  municipalityId: idSchema,
  municipalityName: z.string(),
  season: seasonSchema,
  /** Where the course stands: a phase, 'finished', or null before the first phase has started. */
  currentPhase: z.union([taskforcePhaseSchema, z.literal('finished')]).nullable(),
  overdueActivities: z.number().int(),
});
export type TaskforceCourseSummary = z.infer<typeof taskforceCourseSummarySchema>;
export const taskforceCourseListSchema = z.object({ items: z.array(taskforceCourseSummarySchema) });
export type TaskforceCourseList = z.infer<typeof taskforceCourseListSchema>;

export const taskforceCourseSchema = taskforceCourseSummarySchema.extend({
  applicationId: idSchema,
  phases: z.array(taskforcePhaseDatesSchema),
  activities: z.array(taskforceActivitySchema),
  agreement: taskforceAgreementSchema,
  members: z.array(taskforceMemberSchema),
  /** The taskforce's own people on the course: the national users who reach it (issue 13, Access). */
  staff: z.array(taskforceStaffMemberSchema),
  /** Today in Denmark, the day the course's timeline and overdue activities are read against. */
  today: isoDateSchema,
  abilities: taskforceCourseAbilitiesSchema,
  version: z.number().int(),
});
export type TaskforceCourse = z.infer<typeof taskforceCourseSchema>;

export const setTaskforcePhasesBodySchema = z.object({
  version: versionNumberSchema,
  phases: z
    .array(
      z.object({
        phase: taskforcePhaseSchema,
        plannedStart: caseDateSchema,
        plannedEnd: caseDateSchema,
        actualStart: caseDateSchema.nullable(),
        actualEnd: caseDateSchema.nullable(),
      }),
    )
    .length(4),
});
export type SetTaskforcePhasesBody = z.input<typeof setTaskforcePhasesBodySchema>;

export const createTaskforceActivityBodySchema = z.object({
  phase: taskforcePhaseSchema,
  kind: taskforceActivityKindSchema,
  title: z.string().trim().max(200),
  plannedOn: caseDateSchema,
});
export type CreateTaskforceActivityBody = z.input<typeof createTaskforceActivityBodySchema>;

export const updateTaskforceActivityBodySchema = z
  .object({
    title: z.string().trim().max(200).optional(),
    plannedOn: caseDateSchema.optional(),
    doneOn: caseDateSchema.nullable().optional(),
    note: z.string().trim().max(2000).optional(),
  })
  .refine((value) => Object.values(value).some((field) => field !== undefined), { message: 'nothing_to_change' });
export type UpdateTaskforceActivityBody = z.input<typeof updateTaskforceActivityBodySchema>;

export const setTaskforceAgreementBodySchema = z.object({
  version: versionNumberSchema,
  signedOn: caseDateSchema.nullable(),
  document: z.string().trim().max(500),
  dataScope: z.string().trim().max(4000),
  dataPeriodFrom: caseDateSchema.nullable(),
  dataPeriodTo: caseDateSchema.nullable(),
  dataAccess: z.string().trim().max(4000),
  dataValidUntil: caseDateSchema.nullable(),
});
export type SetTaskforceAgreementBody = z.input<typeof setTaskforceAgreementBodySchema>;

export const setTaskforceMembersBodySchema = z.object({
  version: versionNumberSchema,
  members: z.array(taskforceMemberSchema).max(60),
});
export type SetTaskforceMembersBody = z.input<typeof setTaskforceMembersBodySchema>;

export const taskforceActivityParamsSchema = z.object({ id: idSchema, activityId: idSchema });

export const taskforceRoutes = {
  listApplications: defineRoute({
    name: 'listTaskforceApplications',
    method: 'GET',
    path: '/api/taskforce/applications',
    summary: 'Taskforce applications: every municipality’s for the national taskforce, the own for a municipality’s leaders',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_application.list',
    shape: 'collection',
    response: taskforceApplicationListSchema,
  }),
  createApplication: defineRoute({
    name: 'createTaskforceApplication',
    method: 'POST',
    path: '/api/taskforce/applications',
    summary:
      'Apply for a taskforce course: needs per theme, expectations, contact persons (one open application per municipality)',
    tags: ['taskforce'],
    permission: 'taskforce.apply',
    audit: 'taskforce_application.create',
    shape: 'collection',
    body: createTaskforceApplicationBodySchema,
    response: taskforceApplicationSchema,
    status: 201,
  }),
  readApplication: defineRoute({
    name: 'getTaskforceApplication',
    method: 'GET',
    path: '/api/taskforce/applications/:id',
    summary: 'One taskforce application',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_application.read',
    shape: 'item',
    params: idParamsSchema,
    response: taskforceApplicationSchema,
  }),
  updateApplication: defineRoute({
    name: 'updateTaskforceApplication',
    method: 'PATCH',
    path: '/api/taskforce/applications/:id',
    summary: 'Change an open application (the municipality’s); 409 when someone else saved first',
    tags: ['taskforce'],
    permission: 'taskforce.apply',
    audit: 'taskforce_application.update',
    shape: 'item',
    params: idParamsSchema,
    body: updateTaskforceApplicationBodySchema,
    response: taskforceApplicationSchema,
  }),
  decideApplication: defineRoute({
    name: 'decideTaskforceApplication',
    method: 'POST',
    path: '/api/taskforce/applications/:id/decision',
    summary: 'Accept into a season (422 when the season is full), defer or decline with a reason',
    tags: ['taskforce'],
    permission: 'taskforce.manage',
    audit: 'taskforce_application.decide',
    shape: 'item',
    params: idParamsSchema,
    body: taskforceDecisionBodySchema,
    response: taskforceApplicationSchema,
  }),
  listSeasons: defineRoute({
    name: 'listTaskforceSeasons',
    method: 'GET',
    path: '/api/taskforce/seasons',
    summary: 'The seasons’ starts: the coming seasons and any with accepted courses, capacity and who starts',
    tags: ['taskforce'],
    permission: 'taskforce.manage',
    audit: 'taskforce_season.list',
    shape: 'collection',
    response: taskforceSeasonListSchema,
  }),
  setSeasonCapacity: defineRoute({
    name: 'setTaskforceSeasonCapacity',
    method: 'PUT',
    path: '/api/taskforce/seasons/:season',
    summary: 'Set how many courses start in a season (not below those already accepted)',
    tags: ['taskforce'],
    permission: 'taskforce.manage',
    audit: 'taskforce_season.update',
    shape: 'collection',
    params: seasonParamsSchema,
    body: setSeasonCapacityBodySchema,
    response: taskforceSeasonSchema,
  }),
  listCourses: defineRoute({
    name: 'listTaskforceCourses',
    method: 'GET',
    path: '/api/taskforce/courses',
    summary: 'Taskforce courses in reach, with where each stands and its overdue activities',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_course.list',
    shape: 'collection',
    response: taskforceCourseListSchema,
  }),
  readCourse: defineRoute({
    name: 'getTaskforceCourse',
    method: 'GET',
    path: '/api/taskforce/courses/:id',
    summary: 'One taskforce course: phases, activities, the collaboration agreement, the implementation team and steering group',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_course.read',
    shape: 'item',
    params: idParamsSchema,
    response: taskforceCourseSchema,
  }),
  setPhases: defineRoute({
    name: 'setTaskforceCoursePhases',
    method: 'PUT',
    path: '/api/taskforce/courses/:id/phases',
    summary: 'Planned and actual dates of the four phases (422 naming the first date out of order)',
    tags: ['taskforce'],
    permission: 'taskforce.manage',
    audit: 'taskforce_course.phases_update',
    shape: 'item',
    params: idParamsSchema,
    body: setTaskforcePhasesBodySchema,
    response: taskforceCourseSchema,
  }),
  createActivity: defineRoute({
    name: 'createTaskforceActivity',
    method: 'POST',
    path: '/api/taskforce/courses/:id/activities',
    summary: 'Plan an activity in a phase (a status meeting, a learning activity …)',
    tags: ['taskforce'],
    permission: 'taskforce.manage',
    audit: 'taskforce_course.activity_create',
    shape: 'item',
    params: idParamsSchema,
    body: createTaskforceActivityBodySchema,
    response: taskforceCourseSchema,
    status: 201,
  }),
  updateActivity: defineRoute({
    name: 'updateTaskforceActivity',
    method: 'PATCH',
    path: '/api/taskforce/courses/:id/activities/:activityId',
    summary: 'Mark an activity done (either side), or move it (the taskforce)',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_course.activity_update',
    shape: 'item',
    params: taskforceActivityParamsSchema,
    body: updateTaskforceActivityBodySchema,
    response: taskforceCourseSchema,
  }),
  setAgreement: defineRoute({
    name: 'setTaskforceCourseAgreement',
    method: 'PUT',
    path: '/api/taskforce/courses/:id/agreement',
    summary: 'The collaboration agreement and its data-collection clause: which data, which period, who sees what, valid until',
    tags: ['taskforce'],
    permission: 'taskforce.manage',
    audit: 'taskforce_course.agreement_update',
    shape: 'item',
    params: idParamsSchema,
    body: setTaskforceAgreementBodySchema,
    response: taskforceCourseSchema,
  }),
  setMembers: defineRoute({
    name: 'setTaskforceCourseMembers',
    method: 'PUT',
    path: '/api/taskforce/courses/:id/members',
    summary: 'The municipality’s implementation team and steering group (people and roles)',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_course.members_update',
    shape: 'item',
    params: idParamsSchema,
    body: setTaskforceMembersBodySchema,
    response: taskforceCourseSchema,
  }),
  listDataPackages: defineRoute({
    name: 'listTaskforceDataPackages',
    method: 'GET',
    path: '/api/taskforce/courses/:id/data-packages',
    summary: 'The data packages frozen for a course, newest first; the first is the baseline',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_data_package.list',
    shape: 'item',
    params: idParamsSchema,
    response: taskforceDataPackageListSchema,
  }),
  freezeDataPackage: defineRoute({
    name: 'freezeTaskforceDataPackage',
    method: 'POST',
    path: '/api/taskforce/courses/:id/data-packages',
    summary:
      'Freeze the municipality’s suppressed figures for a period (flow, § 110 stays, housing, support, organisation); freezing again adds a version and keeps the first as the baseline',
    tags: ['taskforce'],
    permission: 'taskforce.manage',
    audit: 'taskforce_data_package.freeze',
    shape: 'item',
    params: idParamsSchema,
    body: freezeTaskforceDataPackageBodySchema,
    response: taskforceDataPackageSchema,
    status: 201,
  }),
  readDataPackage: defineRoute({
    name: 'getTaskforceDataPackage',
    method: 'GET',
    path: '/api/taskforce/courses/:id/data-packages/:packageId',
    summary: 'One frozen data package, as it was frozen',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_data_package.read',
    shape: 'item',
    params: taskforceDataPackageParamsSchema,
    response: taskforceDataPackageSchema,
  }),
  readPlan: defineRoute({
    name: 'getTaskforcePlan',
    method: 'GET',
    path: '/api/taskforce/courses/:id/plan',
    summary: 'The development plan: points per theme, goals (baseline → now → target), actions and learning activities',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_plan.read',
    shape: 'item',
    params: idParamsSchema,
    response: taskforcePlanSchema,
  }),
  createPoint: defineRoute({
    name: 'createTaskforceDevelopmentPoint',
    method: 'POST',
    path: '/api/taskforce/courses/:id/plan/points',
    summary: 'Choose a development point under one of the four themes',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_plan.point_create',
    shape: 'item',
    params: idParamsSchema,
    body: createTaskforcePointBodySchema,
    response: taskforcePlanSchema,
    status: 201,
  }),
  createGoal: defineRoute({
    name: 'createTaskforceGoal',
    method: 'POST',
    path: '/api/taskforce/courses/:id/plan/points/:pointId/goals',
    summary:
      'Set a goal on a key figure: the baseline from a frozen data package, a target, a date after the baseline period and an owner of the municipality',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_plan.goal_create',
    shape: 'item',
    params: taskforcePointParamsSchema,
    body: createTaskforceGoalBodySchema,
    response: taskforcePlanSchema,
    status: 201,
  }),
  createAction: defineRoute({
    name: 'createTaskforceAction',
    method: 'POST',
    path: '/api/taskforce/courses/:id/plan/goals/:goalId/actions',
    summary: 'Add an action to a goal; with an owner and a due date it becomes a task in the owner’s inbox',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_plan.action_create',
    shape: 'item',
    params: taskforceGoalParamsSchema,
    body: createTaskforceActionBodySchema,
    response: taskforcePlanSchema,
    status: 201,
  }),
  createLearningActivity: defineRoute({
    name: 'createTaskforceLearningActivity',
    method: 'POST',
    path: '/api/taskforce/courses/:id/plan/learning-activities',
    summary: 'Log a learning activity: date, theme, participants',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_plan.learning_create',
    shape: 'item',
    params: idParamsSchema,
    body: createTaskforceLearningBodySchema,
    response: taskforcePlanSchema,
    status: 201,
  }),
};
