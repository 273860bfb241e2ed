/**
 * § 141 handleplan and § 142 plan for a shelter resident: goals per life area, the citizen's
 * wishes in their own words, who is responsible, follow-ups. Every version is kept.
 */
import { z } from 'zod';
import { lifeAreas, planKinds } from '@hjemvej/domain';
import { caseDateSchema, idSchema, isoDateSchema, nullableTextSchema, textSchema } from './common';
import { changeBodyOf } from './shared';
import { versionedRecordRoutes, versionedRecordStamps, versionOf } from './versioning';

export const planKindSchema = z.enum(planKinds);
export const lifeAreaSchema = z.enum(lifeAreas);

export const planGoalSchema = z.object({ lifeArea: lifeAreaSchema, goal: z.string(), note: z.string().nullable() });
export const planResponsibleSchema = z.object({ name: z.string(), unit: z.string().nullable(), task: z.string().nullable() });
export const planFollowUpSchema = z.object({
  dueOn: isoDateSchema,
  note: z.string().nullable(),
  doneOn: isoDateSchema.nullable(),
});

/** The content of a plan: what every version keeps in full. */
export const planContentSchema = z.object({
  kind: planKindSchema,
  madeOn: isoDateSchema,
  endedOn: isoDateSchema.nullable(),
  goals: z.array(planGoalSchema),
  /** The citizen's own wishes and goals, in their own words. */
  citizenWishes: z.string().nullable(),
  responsible: z.array(planResponsibleSchema),
  followUps: z.array(planFollowUpSchema),
});
export type PlanContent = z.infer<typeof planContentSchema>;

export const planSchema = planContentSchema.extend({
  id: idSchema,
  citizenId: idSchema,
  /** The next follow-up not yet done, or null. */
  nextFollowUpOn: isoDateSchema.nullable(),
  ...versionedRecordStamps,
});
export type Plan = z.infer<typeof planSchema>;
export const planListSchema = z.object({ items: z.array(planSchema) });

export const planVersionSchema = versionOf(planContentSchema);
export type PlanVersion = z.infer<typeof planVersionSchema>;

const planGoalInputSchema = z.object({
  lifeArea: lifeAreaSchema,
  goal: textSchema(2000),
  note: nullableTextSchema(2000).optional(),
});
const planResponsibleInputSchema = z.object({
  name: textSchema(200),
  unit: nullableTextSchema(200).optional(),
  task: nullableTextSchema(500).optional(),
});
const planFollowUpInputSchema = z.object({
  dueOn: caseDateSchema,
  note: nullableTextSchema(1000).optional(),
  doneOn: caseDateSchema.nullable().optional(),
});

export const createPlanBodySchema = z.object({
  kind: planKindSchema,
  madeOn: caseDateSchema,
  endedOn: caseDateSchema.nullable().optional(),
  goals: z.array(planGoalInputSchema).max(50).default([]),
  citizenWishes: nullableTextSchema(4000).optional(),
  responsible: z.array(planResponsibleInputSchema).max(20).default([]),
  followUps: z.array(planFollowUpInputSchema).max(50).default([]),
});
export type CreatePlanBody = z.infer<typeof createPlanBodySchema>;

/** Lists given replace the stored list as a whole. */
export const updatePlanBodySchema = changeBodyOf(createPlanBodySchema);
export type UpdatePlanBody = z.infer<typeof updatePlanBodySchema>;

export const plansRoutes = versionedRecordRoutes({
  name: 'Plan',
  tag: 'plans',
  kind: 'plan',
  noun: 'plan',
  summaries: {
    list: 'The citizen’s § 141/§ 142 plans, newest first',
    create: 'Make a § 141 handleplan or a § 142 plan: goals per life area, the citizen’s wishes, who is responsible, follow-ups',
    read: 'One plan, as it is now',
    update: 'Change a plan: a new version (409 with what changed when someone else saved first)',
  },
  list: planListSchema,
  record: planSchema,
  createBody: createPlanBodySchema,
  updateBody: updatePlanBodySchema,
  version: planVersionSchema,
});
