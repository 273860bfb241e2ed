/**
 * Outcome follow-ups 3, 6 and 12 months after a move-in; a lost home is a return to homelessness.
 */
import { z } from 'zod';
import { homelessCategories } from '@hjemvej/domain';
import { caseDateSchema, idParamsSchema, idSchema, isoDateSchema, nullableTextSchema, versionNumberSchema } from './common';
import { recordStamps } from './record-stamps';
import { defineRoute } from './route';

export const followUpMilestones = [3, 6, 12] as const;
export const followUpMilestoneSchema = z.union([z.literal(3), z.literal(6), z.literal(12)]);

/** Where the citizen went when the home was lost: a homeless category, or not known. */
export const returnCategorySchema = z.enum([...homelessCategories, 'unknown']);

export const followUpSchema = z.object({
  id: idSchema,
  citizenId: idSchema,
  housingAllocationId: idSchema,
  milestone: followUpMilestoneSchema,
  checkedOn: isoDateSchema,
  keepsHome: z.boolean(),
  lostHomeOn: isoDateSchema.nullable(),
  /** Counted as "returned from housing": back on the homeless list from `lostHomeOn`. */
  returnedFromHousing: z.boolean(),
  returnedHousingPeriodId: idSchema.nullable(),
  note: z.string().nullable(),
  createdBy: z.string().nullable(),
  ...recordStamps,
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const followUpStates = ['done', 'upcoming', 'due', 'overdue', 'not_applicable'] as const;

export const followUpScheduleSchema = z.object({
  items: z.array(
    z.object({
      housingAllocationId: idSchema,
      address: z.string(),
      moveInOn: isoDateSchema,
      milestones: z.array(
        z.object({
          milestone: followUpMilestoneSchema,
          /** move-in + 3, 6 or 12 months. */
          dueOn: isoDateSchema,
          /** 'due' from 14 days before to 14 days after the due date; 'not_applicable' after the home was lost. */
          state: z.enum(followUpStates),
          followUp: followUpSchema.nullable(),
        }),
      ),
    }),
  ),
  /** True when a follow-up recorded that the home was lost. */
  returnedFromHousing: z.boolean(),
});
export type FollowUpSchedule = z.infer<typeof followUpScheduleSchema>;

export const createFollowUpBodySchema = z
  .object({
    milestone: followUpMilestoneSchema,
    checkedOn: caseDateSchema,
    keepsHome: z.boolean(),
    /** When the home was lost; default the day of the follow-up. */
    lostHomeOn: caseDateSchema.optional(),
    /** Where the citizen is now; default 'unknown'. */
    returnCategory: returnCategorySchema.optional(),
    note: nullableTextSchema(2000).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.keepsHome && body.lostHomeOn !== undefined)
      ctx.addIssue({ code: 'custom', path: ['lostHomeOn'], message: 'lost_home_only_when_lost' });
    if (body.keepsHome && body.returnCategory !== undefined)
      ctx.addIssue({ code: 'custom', path: ['returnCategory'], message: 'lost_home_only_when_lost' });
  });
export type CreateFollowUpBody = z.infer<typeof createFollowUpBodySchema>;

export const updateFollowUpBodySchema = z.object({
  version: versionNumberSchema,
  checkedOn: caseDateSchema.optional(),
  note: nullableTextSchema(2000).optional(),
});
export type UpdateFollowUpBody = z.infer<typeof updateFollowUpBodySchema>;

export const followUpsRoutes = {
  list: defineRoute({
    name: 'listFollowUps',
    method: 'GET',
    path: '/api/citizens/:id/follow-ups',
    summary: 'Follow-ups after each move-in: due dates at 3, 6 and 12 months and what was found',
    tags: ['follow-ups'],
    permission: 'citizens.read',
    audit: 'follow_up.list',
    shape: 'item',
    params: idParamsSchema,
    response: followUpScheduleSchema,
  }),
  create: defineRoute({
    name: 'createFollowUp',
    method: 'POST',
    path: '/api/housing-allocations/:id/follow-ups',
    summary: 'Record a follow-up; "lost the home" puts the citizen back on the homeless list',
    tags: ['follow-ups'],
    permission: 'citizens.write',
    audit: 'follow_up.create',
    shape: 'item',
    params: idParamsSchema,
    body: createFollowUpBodySchema,
    response: followUpSchema,
    status: 201,
  }),
  update: defineRoute({
    name: 'updateFollowUp',
    method: 'PATCH',
    path: '/api/follow-ups/:id',
    summary: 'Correct a follow-up’s date or note (409 with what changed when someone else saved first)',
    tags: ['follow-ups'],
    permission: 'citizens.write',
    audit: 'follow_up.update',
    shape: 'item',
    params: idParamsSchema,
    body: updateFollowUpBodySchema,
    response: followUpSchema,
  }),
};
