/**
 * The taskforce course's development plan (issue 13 point 6): development points under the four
 * themes, each with goals on a key-figure measure (baseline from a frozen data package, target,
 * date, owner) and actions (an action with an owner and a due date becomes a task in the owner's
 * inbox), and the learning activities logged. Both sides write it; each answer is the whole plan.
 */
import { z } from 'zod';
import { keyFigureIds, taskforceThemes } from '@hjemvej/domain';
import { caseDateSchema, idSchema, isoDateSchema, textSchema } from './common';
import { measureDisplayFields, measureIdSchema } from './key-figures';
import { defineRoute } from './route';
import { periodSchema } from './shared';
import { frozenPackageRefSchema } from './taskforce-analysis';

export const taskforceThemeSchema = z.enum(taskforceThemes);

const personSchema = z.object({ id: idSchema, name: z.string() });

export const taskforceActionSchema = z.object({
  id: idSchema,
  title: z.string(),
  owner: personSchema.nullable(),
  dueOn: isoDateSchema.nullable(),
  /** The task in the owner's inbox, when the action has an owner and a due date. */
  taskId: idSchema.nullable(),
  taskDone: z.boolean(),
  /** Whether the caller may remove it (its open task is cancelled with it). */
  canDelete: z.boolean(),
});

export const taskforceGoalSchema = z.object({
  id: idSchema,
  measure: measureIdSchema,
  figure: z.enum(keyFigureIds),
  measureName: z.string(),
  ...measureDisplayFields,
  baselinePackageId: idSchema,
  baselinePackageVersion: z.number().int(),
  baselinePeriod: periodSchema,
  /** A share in per cent, median days or a count, as the package published it. */
  baseline: z.number(),
  /** The same measure on live data, published alike for a period as long as the baseline's, ending today; null when hidden or empty. */
  now: z.object({
    value: z.number().nullable(),
    /** Why there is no value: the suppression label ('<5', '..'), or null when the period has none. */
    hiddenLabel: z.string().nullable(),
    from: isoDateSchema,
    to: isoDateSchema,
  }),
  target: z.number(),
  targetOn: isoDateSchema,
  owner: personSchema,
  description: z.string(),
  actions: z.array(taskforceActionSchema),
  /** Whether the caller may remove it: only while it has no actions and no status meeting has recorded its value. */
  canDelete: z.boolean(),
});
export type TaskforceGoal = z.infer<typeof taskforceGoalSchema>;

export const taskforceDevelopmentPointSchema = z.object({
  id: idSchema,
  theme: taskforceThemeSchema,
  title: z.string(),
  description: z.string(),
  goals: z.array(taskforceGoalSchema),
  /** Whether the caller may remove it: only while it has no goals. */
  canDelete: z.boolean(),
});

export const taskforceLearningActivitySchema = z.object({
  id: idSchema,
  heldOn: isoDateSchema,
  theme: taskforceThemeSchema,
  title: z.string(),
  participants: z.string(),
});

export const taskforcePlanSchema = z.object({
  courseId: idSchema,
  points: z.array(taskforceDevelopmentPointSchema),
  learningActivities: z.array(taskforceLearningActivitySchema),
  /** The municipality's users a goal or an action may be given to (those with a unit, so with an inbox). */
  owners: z.array(personSchema),
  /** The frozen packages a goal's baseline may come from, newest first. */
  packages: z.array(frozenPackageRefSchema),
  measures: z.array(z.object({ id: measureIdSchema, figure: z.enum(keyFigureIds), name: z.string() })),
  canEdit: z.boolean(),
});
export type TaskforcePlan = z.infer<typeof taskforcePlanSchema>;

export const createTaskforcePointBodySchema = z.object({
  theme: taskforceThemeSchema,
  title: textSchema(200),
  description: z.string().trim().max(4000).default(''),
});
export type CreateTaskforcePointBody = z.input<typeof createTaskforcePointBodySchema>;

/** A goal's key figure and baseline package may be missing in the body: the refusal then names them (422). */
export const createTaskforceGoalBodySchema = z.object({
  measure: measureIdSchema.nullable(),
  baselinePackageId: idSchema.nullable(),
  target: z.number().min(0).max(100000),
  targetOn: caseDateSchema,
  ownerUserId: idSchema,
  description: z.string().trim().max(2000).default(''),
});
export type CreateTaskforceGoalBody = z.input<typeof createTaskforceGoalBodySchema>;

export const createTaskforceActionBodySchema = z.object({
  title: textSchema(200),
  ownerUserId: idSchema.nullable(),
  dueOn: caseDateSchema.nullable(),
});
export type CreateTaskforceActionBody = z.input<typeof createTaskforceActionBodySchema>;

export const createTaskforceLearningBodySchema = z.object({
  heldOn: caseDateSchema,
  theme: taskforceThemeSchema,
  title: textSchema(200),
  participants: z.string().trim().max(2000).default(''),
});
export type CreateTaskforceLearningBody = z.input<typeof createTaskforceLearningBodySchema>;

export const taskforcePointParamsSchema = z.object({ id: idSchema, pointId: idSchema });
export const taskforceGoalParamsSchema = z.object({ id: idSchema, goalId: idSchema });
export const taskforceActionParamsSchema = z.object({ id: idSchema, actionId: idSchema });

/** A point's theme, title and description. */
export const updateTaskforcePointBodySchema = createTaskforcePointBodySchema;
export type UpdateTaskforcePointBody = z.input<typeof updateTaskforcePointBodySchema>;

/**
 * A goal's target, date, owner and description. Its key figure and baseline are fixed once set:
 * another key figure would leave the baseline measuring something else.
 */
export const updateTaskforceGoalBodySchema = createTaskforceGoalBodySchema.omit({ measure: true, baselinePackageId: true });
export type UpdateTaskforceGoalBody = z.input<typeof updateTaskforceGoalBodySchema>;

/** An action's text, owner and due date; its task in the owner's inbox follows. */
export const updateTaskforceActionBodySchema = createTaskforceActionBodySchema;
export type UpdateTaskforceActionBody = z.input<typeof updateTaskforceActionBodySchema>;

/** Correcting and removing the plan's points, goals and actions (either side, as they write it). */
export const taskforcePlanChangeRoutes = {
  updatePoint: defineRoute({
    name: 'updateTaskforceDevelopmentPoint',
    method: 'PUT',
    path: '/api/taskforce/courses/:id/plan/points/:pointId',
    summary: 'Correct a development point: theme, title, description',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_plan.point_update',
    shape: 'item',
    params: taskforcePointParamsSchema,
    body: updateTaskforcePointBodySchema,
    response: taskforcePlanSchema,
  }),
  deletePoint: defineRoute({
    name: 'deleteTaskforceDevelopmentPoint',
    method: 'DELETE',
    path: '/api/taskforce/courses/:id/plan/points/:pointId',
    summary: 'Remove a development point without goals (422 while it has goals); a recommendation it came from is free again',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_plan.point_delete',
    shape: 'item',
    params: taskforcePointParamsSchema,
    response: taskforcePlanSchema,
  }),
  updateGoal: defineRoute({
    name: 'updateTaskforceGoal',
    method: 'PUT',
    path: '/api/taskforce/courses/:id/plan/goals/:goalId',
    summary: 'Correct a goal: target, date, owner, description (the key figure and baseline are fixed)',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_plan.goal_update',
    shape: 'item',
    params: taskforceGoalParamsSchema,
    body: updateTaskforceGoalBodySchema,
    response: taskforcePlanSchema,
  }),
  deleteGoal: defineRoute({
    name: 'deleteTaskforceGoal',
    method: 'DELETE',
    path: '/api/taskforce/courses/:id/plan/goals/:goalId',
    summary: 'Remove a goal without actions that no status meeting has followed (422 otherwise)',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_plan.goal_delete',
    shape: 'item',
    params: taskforceGoalParamsSchema,
    response: taskforcePlanSchema,
  }),
  updateAction: defineRoute({
    name: 'updateTaskforceAction',
    method: 'PUT',
    path: '/api/taskforce/courses/:id/plan/actions/:actionId',
    summary: 'Correct an action: text, owner, due date; its open task in the owner’s inbox follows',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_plan.action_update',
    shape: 'item',
    params: taskforceActionParamsSchema,
    body: updateTaskforceActionBodySchema,
    response: taskforcePlanSchema,
  }),
  deleteAction: defineRoute({
    name: 'deleteTaskforceAction',
    method: 'DELETE',
    path: '/api/taskforce/courses/:id/plan/actions/:actionId',
    summary: 'Remove an action; its open task is cancelled (its history kept)',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_plan.action_delete',
    shape: 'item',
    params: taskforceActionParamsSchema,
    response: taskforcePlanSchema,
  }),
};
