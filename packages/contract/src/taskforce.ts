/**
 * The taskforce course (seed 001) between the national taskforce and a municipality. First the
 * intake: the municipality's application (needs under the four themes, what it expects, contact
 * persons) and the taskforce's planning of the seasons' starts: accepted into a season, deferred
 * or declined with a reason, never more starts in a season than its capacity.
 */
import { z } from 'zod';
import { seasonTerms, taskforceApplicationStatuses } from '@hjemvej/domain';
import { idParamsSchema, idSchema, isoDateTimeSchema, textSchema, versionNumberSchema } from './common';
import { defineRoute } from './route';
import { taskforceApplicationAbilitiesSchema } from './abilities';

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
  accepted: z.array(z.object({ applicationId: idSchema, municipalityName: z.string() })),
  /** Open applications preferring this season. */
  preferredBy: z.number().int(),
});
export type TaskforceSeason = z.infer<typeof taskforceSeasonSchema>;
export const taskforceSeasonListSchema = z.object({ items: z.array(taskforceSeasonSchema), defaultCapacity: z.number().int() });
export type TaskforceSeasonList = z.infer<typeof taskforceSeasonListSchema>;

export const seasonParamsSchema = z.object({ season: z.string().regex(/^(spring|autumn)-\d{4}$/) });
export const setSeasonCapacityBodySchema = z.object({ capacity: z.number().int().min(0).max(20) });
export type SetSeasonCapacityBody = z.input<typeof setSeasonCapacityBodySchema>;

export const taskforceRoutes = {
  listApplications: defineRoute({
    name: 'listTaskforceApplications',
    method: 'GET',
    path: '/api/taskforce/applications',
    summary: 'Taskforce applications: every municipality’s for the national taskforce, the own for a municipality’s leaders',
    tags: ['taskforce'],
    permission: 'organisation.read',
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
    response: taskforceSeasonListSchema,
  }),
  setSeasonCapacity: defineRoute({
    name: 'setTaskforceSeasonCapacity',
    method: 'PUT',
    path: '/api/taskforce/seasons/:season',
    summary: 'Set how many courses start in a season (not below those already accepted)',
    tags: ['taskforce'],
    permission: 'taskforce.manage',
    params: seasonParamsSchema,
    body: setSeasonCapacityBodySchema,
    response: taskforceSeasonSchema,
  }),
};
