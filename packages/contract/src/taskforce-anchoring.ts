/**
 * The taskforce course's anchoring (issue 13 point 8): the anchoring plan (what continues after
 * the course, each item with an owner and how it is followed up) and the effect presentation for
 * the political level (each goal of the development plan: the frozen baseline against its value
 * now on live data, published (suppressed) as the plan publishes it), as a page and a PDF; and
 * the course goals on the municipality's own dashboard, which stay there after the course.
 */
import { z } from 'zod';
import { taskforceAnchoringStatuses, taskforceThemes } from '@hjemvej/domain';
import { caseDateSchema, idSchema, isoDateSchema, isoDateTimeSchema, textSchema, versionNumberSchema } from './common';
import { fileDownloadSchema } from './status-report';
import { taskforceGoalMovementSchema } from './taskforce-status';
import { defineRoute } from './route';
import { periodSchema } from './shared';

const personSchema = z.object({ id: idSchema, name: z.string() });
const courseParams = z.object({ id: idSchema });

export const taskforceAnchoringItemSchema = z.object({
  id: idSchema,
  title: z.string(),
  owner: personSchema.nullable(),
  followUp: z.string(),
  reviewOn: isoDateSchema.nullable(),
});

export const taskforceAnchoringSchema = z.object({
  courseId: idSchema,
  /** Null until the plan is first saved. */
  plan: z
    .object({
      status: z.enum(taskforceAnchoringStatuses),
      version: z.number().int(),
      description: z.string(),
      items: z.array(taskforceAnchoringItemSchema),
      updatedAt: isoDateTimeSchema,
      updatedBy: z.string().nullable(),
    })
    .nullable(),
  /** The municipality's users an item may be given to. */
  owners: z.array(personSchema),
  canEdit: z.boolean(),
});
export type TaskforceAnchoring = z.infer<typeof taskforceAnchoringSchema>;

export const saveTaskforceAnchoringBodySchema = z.object({
  /** The version the writer saw; null to write the first. */
  version: versionNumberSchema.nullable(),
  status: z.enum(taskforceAnchoringStatuses),
  description: z.string().trim().max(8000).default(''),
  items: z
    .array(
      z.object({
        title: textSchema(200),
        ownerUserId: idSchema.nullable(),
        followUp: z.string().trim().max(2000).default(''),
        reviewOn: caseDateSchema.nullable(),
      }),
    )
    .max(40),
});
export type SaveTaskforceAnchoringBody = z.input<typeof saveTaskforceAnchoringBodySchema>;

/** One goal's effect: baseline (frozen) against now (live, published), the change and the direction. */
export const taskforceEffectSchema = taskforceGoalMovementSchema
  .pick({
    goalId: true,
    pointTitle: true,
    measure: true,
    measureName: true,
    display: true,
    higherIsBetter: true,
    baseline: true,
    now: true,
    target: true,
    targetOn: true,
  })
  .extend({
    theme: z.enum(taskforceThemes),
    baselinePeriod: periodSchema,
    change: z.number().nullable(),
    direction: z.enum(['better', 'worse', 'unchanged', 'unknown']),
    targetReached: z.boolean().nullable(),
  });
export type TaskforceEffect = z.infer<typeof taskforceEffectSchema>;

export const taskforceEffectsSchema = z.object({
  courseId: idSchema,
  municipalityName: z.string(),
  /** The day the live values end. */
  asOf: isoDateSchema,
  effects: z.array(taskforceEffectSchema),
});
export type TaskforceEffects = z.infer<typeof taskforceEffectsSchema>;

/** The municipality's course goals on its own dashboard, during and after the course. */
export const taskforceDashboardGoalsSchema = z.object({
  items: z.array(taskforceEffectsSchema.extend({ finished: z.boolean() })),
});
export type TaskforceDashboardGoals = z.infer<typeof taskforceDashboardGoalsSchema>;

export const taskforceAnchoringRoutes = {
  readAnchoring: defineRoute({
    name: 'getTaskforceAnchoring',
    method: 'GET',
    path: '/api/taskforce/courses/:id/anchoring',
    summary: 'The anchoring plan: what continues after the course, with owners and follow-up',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_anchoring.read',
    shape: 'item',
    params: courseParams,
    response: taskforceAnchoringSchema,
  }),
  saveAnchoring: defineRoute({
    name: 'saveTaskforceAnchoring',
    method: 'PUT',
    path: '/api/taskforce/courses/:id/anchoring',
    summary: 'Write the anchoring plan (either side): the items replace the earlier ones; 409 on a stale version',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_anchoring.update',
    shape: 'item',
    params: courseParams,
    body: saveTaskforceAnchoringBodySchema,
    response: taskforceAnchoringSchema,
  }),
  readEffects: defineRoute({
    name: 'getTaskforceEffects',
    method: 'GET',
    path: '/api/taskforce/courses/:id/effects',
    summary: 'The effect presentation: each goal’s frozen baseline against now on live data, suppressed',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_effects.read',
    shape: 'item',
    params: courseParams,
    response: taskforceEffectsSchema,
  }),
  downloadEffects: defineRoute({
    name: 'downloadTaskforceEffectsPdf',
    method: 'GET',
    path: '/api/taskforce/courses/:id/effects/pdf',
    summary: 'The effect presentation as PDF for the political level (suppressed figures only)',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_effects.export',
    shape: 'item',
    params: courseParams,
    response: fileDownloadSchema,
  }),
  dashboardGoals: defineRoute({
    name: 'listTaskforceDashboardGoals',
    method: 'GET',
    path: '/api/taskforce/dashboard-goals',
    summary: 'The own municipality’s taskforce course goals for its dashboard (baseline, target, now), also after the course',
    tags: ['taskforce'],
    permission: 'statistics.municipal',
    audit: 'taskforce_goals.dashboard',
    shape: 'collection',
    response: taskforceDashboardGoalsSchema,
  }),
};
