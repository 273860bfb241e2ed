/**
 * The responsible caseworker (sagsansvarlig) and "my citizens": the citizens the caller is
 * responsible for, with their housing situation, next step and what is overdue or due this week
 * (the legal rules' own findings, `dueWithin` in the domain).
 */
import { z } from 'zod';
import { ruleIds } from '@hjemvej/domain';
import { housingCategorySchema, idSchema, isoDateSchema } from './common';
import { nextStepSchema } from './by-name-list';
import { ruleStatusSchema } from './legal-checks';
import { defineRoute } from './route';
import { citizenNameFields, pageFields, pageSizeSchema } from './shared';

/** A user who may be a citizen's responsible caseworker. */
export const responsibleCaseworkerSchema = z.object({ id: idSchema, name: z.string() });
export type ResponsibleCaseworker = z.infer<typeof responsibleCaseworkerSchema>;

export const responsibleCaseworkersSchema = z.object({ items: z.array(responsibleCaseworkerSchema) });
export type ResponsibleCaseworkers = z.infer<typeof responsibleCaseworkersSchema>;

export const dueFindingSchema = z.object({
  ruleId: z.enum(ruleIds),
  subjectId: idSchema.nullable(),
  status: ruleStatusSchema,
  /** Today, or the week's last day for what falls due later in the week. */
  asOf: isoDateSchema,
  messageDa: z.string(),
  messageEn: z.string().nullable(),
});
export type DueFinding = z.infer<typeof dueFindingSchema>;

export const myCitizenSchema = z.object({
  citizenId: idSchema,
  ...citizenNameFields,
  /** The housing situation today (null when none is registered). */
  category: housingCategorySchema.nullable(),
  homelessSince: isoDateSchema.nullable(),
  nextStep: nextStepSchema.nullable(),
  overdue: z.array(dueFindingSchema),
  dueThisWeek: z.array(dueFindingSchema),
  /** Outcome follow-ups after a move-in that are due (within 14 days of their date) or overdue, not yet recorded. */
  followUps: z.array(z.object({ milestone: z.number().int(), dueOn: isoDateSchema, state: z.enum(['due', 'overdue']) })),
});
export type MyCitizen = z.infer<typeof myCitizenSchema>;

export const myCitizensQuerySchema = z.object({
  pageSize: pageSizeSchema(),
});

export const myCitizensSchema = z.object({
  asOf: isoDateSchema,
  /** How many days ahead "this week" looks. */
  days: z.number().int(),
  /** Overdue first, then those with something due this week, then by name. */
  ...pageFields(myCitizenSchema),
  /** Of the listed citizens, how many have something overdue or due this week. */
  withSomethingDue: z.number().int(),
});
export type MyCitizens = z.infer<typeof myCitizensSchema>;

export const myCitizensRoutes = {
  list: defineRoute({
    name: 'listMyCitizens',
    method: 'GET',
    path: '/api/citizens/mine',
    summary:
      'The citizens the caller is responsible caseworker for: housing situation, next step, what is overdue or due within 7 days',
    tags: ['citizens'],
    permission: 'citizens.read',
    audit: 'citizen.search',
    shape: 'collection',
    query: myCitizensQuerySchema,
    response: myCitizensSchema,
  }),
  responsibleCaseworkers: defineRoute({
    name: 'listResponsibleCaseworkers',
    method: 'GET',
    path: '/api/citizens/responsible-caseworkers',
    summary: 'The colleagues of the own municipality who may be a citizen’s responsible caseworker (sagsansvarlig)',
    tags: ['citizens'],
    permission: 'citizens.write',
    audit: 'user.list',
    shape: 'collection',
    response: responsibleCaseworkersSchema,
  }),
};
