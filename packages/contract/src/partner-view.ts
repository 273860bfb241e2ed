/**
 * The partner's consented view of citizens: the only path from a partner user to a citizen.
 * Only the consented categories are present; a category without consent is absent, never empty.
 */
import { z } from 'zod';
import { housingCategories, lifeAreas, supportMethods } from '@hjemvej/domain';
import { idParamsSchema, idSchema, isoDateSchema, isoDateTimeSchema } from './common';
import { consentCategorySchema } from './consents';
import { defineRoute } from './route';
import { citizenNameFields } from './shared';

export const partnerCitizenSummarySchema = z.object({
  id: idSchema,
  ...citizenNameFields,
  categories: z.array(consentCategorySchema),
  expiresOn: isoDateSchema,
  municipalityName: z.string(),
});
export type PartnerCitizenSummary = z.infer<typeof partnerCitizenSummarySchema>;
export const partnerCitizenListSchema = z.object({ items: z.array(partnerCitizenSummarySchema) });
export type PartnerCitizenList = z.infer<typeof partnerCitizenListSchema>;

/** Only the consented categories are present; a category without consent is absent, never empty. */
export const partnerCitizenViewSchema = z.object({
  id: idSchema,
  municipalityName: z.string(),
  categories: z.array(consentCategorySchema),
  purposes: z.array(z.string()),
  expiresOn: isoDateSchema,
  identity: z.object({
    ...citizenNameFields,
    birthYear: z.number().int().nullable(),
  }),
  contact: z.object({ phone: z.string().nullable(), email: z.string().nullable() }).optional(),
  housing: z
    .object({
      now: z.object({ category: z.enum(housingCategories), fromDate: isoDateSchema }).nullable(),
      allocations: z.array(
        z.object({
          address: z.string(),
          allocatedOn: isoDateSchema,
          plannedMoveInOn: isoDateSchema.nullable(),
          moveInOn: isoDateSchema.nullable(),
        }),
      ),
    })
    .optional(),
  planGoals: z
    .object({
      goals: z.array(z.object({ lifeArea: z.enum(lifeAreas), goal: z.string() })),
      citizenWishes: z.string().nullable(),
    })
    .optional(),
  support: z
    .array(
      z.object({
        method: z.enum(supportMethods),
        teamName: z.string().nullable(),
        startedOn: isoDateSchema,
        endedOn: isoDateSchema.nullable(),
      }),
    )
    .optional(),
  networkMeetings: z
    .array(
      z.object({
        heldAt: isoDateTimeSchema,
        title: z.string(),
        decisions: z.array(z.object({ text: z.string(), ownerUnitName: z.string(), dueOn: isoDateSchema })),
      }),
    )
    .optional(),
});
export type PartnerCitizenView = z.infer<typeof partnerCitizenViewSchema>;

export const partnerViewRoutes = {
  list: defineRoute({
    name: 'listPartnerCitizens',
    method: 'GET',
    path: '/api/partner/citizens',
    summary: 'Citizens who have consented to share data with the caller’s partner organisation (valid today)',
    tags: ['partner'],
    permission: 'citizens.read',
    audit: 'partner_view.list',
    shape: 'collection',
    response: partnerCitizenListSchema,
  }),
  read: defineRoute({
    name: 'getPartnerCitizen',
    method: 'GET',
    path: '/api/partner/citizens/:id',
    summary: 'What the citizen consented to share with the caller’s partner organisation: only those categories',
    tags: ['partner'],
    permission: 'citizens.read',
    audit: 'partner_view.read',
    shape: 'item',
    params: idParamsSchema,
    response: partnerCitizenViewSchema,
  }),
};
