/**
 * § 110 shelter stays: admission with the intake conversation, notification of the
 * handlekommune (§ 110 stk. 6), discharge; nights and reimbursement days.
 */
import { z } from 'zod';
import {
  caseDateSchema,
  housingCategorySchema,
  idParamsSchema,
  idSchema,
  isoDateSchema,
  nullableTextSchema,
  versionNumberSchema,
} from './common';
import { recordStamps } from './record-stamps';
import { defineRoute } from './route';
import { stayAbilitiesSchema } from './abilities';

export const shelterReferrals = ['self', 'referred'] as const;
export const shelterReferralSchema = z.enum(shelterReferrals);

/** How the stay ended (Danmarks Statistik asks for it). */
export const dischargeReasons = ['planned', 'citizen_left', 'expelled', 'transferred', 'died', 'other'] as const;
export const dischargeReasonSchema = z.enum(dischargeReasons);
export type DischargeReason = z.infer<typeof dischargeReasonSchema>;

export const stayProblemsSchema = z.object({
  social: z.boolean(),
  psychiatric: z.boolean(),
  substanceUse: z.boolean(),
  debt: z.boolean(),
  income: z.boolean(),
});
export type StayProblems = z.infer<typeof stayProblemsSchema>;

/** The intake conversation (seed 004): where from, home municipality, where lived, why homeless, problems. */
export const stayIntakeSchema = z.object({
  cameFrom: z.string().nullable(),
  homeMunicipality: z.string().nullable(),
  livedWhere: z.string().nullable(),
  whyHomeless: z.string().nullable(),
  problems: stayProblemsSchema,
  notes: z.string().nullable(),
});
export type StayIntake = z.infer<typeof stayIntakeSchema>;

export const stayIntakeInputSchema = z.object({
  cameFrom: nullableTextSchema(500).optional(),
  homeMunicipality: nullableTextSchema(200).optional(),
  livedWhere: nullableTextSchema(1000).optional(),
  whyHomeless: nullableTextSchema(2000).optional(),
  problems: stayProblemsSchema.partial().optional(),
  notes: nullableTextSchema(4000).optional(),
});
export type StayIntakeInput = z.infer<typeof stayIntakeInputSchema>;

export const admissionBodySchema = z
  .object({
    admittedOn: caseDateSchema,
    referral: shelterReferralSchema,
    referredBy: nullableTextSchema(200).optional(),
    intake: stayIntakeInputSchema.optional(),
  })
  .superRefine((body, ctx) => {
    if (body.referral === 'referred' && !body.referredBy) {
      ctx.addIssue({ code: 'custom', path: ['referredBy'], message: 'referred_by_required' });
    }
  });
export type AdmissionBody = z.infer<typeof admissionBodySchema>;

export const updateShelterStayBodySchema = z.object({
  version: versionNumberSchema,
  admittedOn: caseDateSchema.optional(),
  referral: shelterReferralSchema.optional(),
  referredBy: nullableTextSchema(200).optional(),
  intake: stayIntakeInputSchema.optional(),
});
export type UpdateShelterStayBody = z.infer<typeof updateShelterStayBodySchema>;

export const stayNotificationBodySchema = z.object({ sentOn: caseDateSchema, version: versionNumberSchema.optional() });
export type StayNotificationBody = z.infer<typeof stayNotificationBodySchema>;

export const stayDischargeBodySchema = z.object({
  dischargedOn: caseDateSchema,
  reason: dischargeReasonSchema,
  destination: housingCategorySchema,
  version: versionNumberSchema.optional(),
});
export type StayDischargeBody = z.infer<typeof stayDischargeBodySchema>;

export const notificationStates = ['on_time', 'late', 'pending', 'missing', 'before_reform'] as const;

export const shelterStaySchema = z.object({
  id: idSchema,
  citizenId: idSchema,
  shelter: z.object({ id: idSchema, name: z.string() }),
  admittedOn: isoDateSchema,
  referral: shelterReferralSchema,
  referredBy: z.string().nullable(),
  intake: stayIntakeSchema,
  handlekommuneNotifiedOn: isoDateSchema.nullable(),
  dischargedOn: isoDateSchema.nullable(),
  dischargeReason: dischargeReasonSchema.nullable(),
  dischargeDestination: housingCategorySchema.nullable(),
  /** § 110 stk. 6: the deadline for notifying the handlekommune (3 working days) and how it went. */
  notification: z.object({
    deadline: isoDateSchema,
    state: z.enum(notificationStates),
    /** true on time, false late or missing, null while pending (or before the 2023 reform). */
    isOnTime: z.boolean().nullable(),
    workingDaysLate: z.number().int(),
    workingDaysLeft: z.number().int(),
    messageDa: z.string(),
  }),
  /** Nights of this stay so far (tonight included while it lasts). */
  nights: z.number().int(),
  /** § 110 reimbursement in the citizen's running year (across all stays), or null when none is running. */
  reimbursement: z.object({
    periodStart: isoDateSchema.nullable(),
    periodEndExclusive: isoDateSchema.nullable(),
    limit: z.number().int().nullable(),
    reimbursedNights: z.number().int(),
    unreimbursedNights: z.number().int(),
    remaining: z.number().int().nullable(),
  }),
  /** What the caller may do with the stay. */
  abilities: stayAbilitiesSchema,
  ...recordStamps,
});
export type ShelterStay = z.infer<typeof shelterStaySchema>;
export const shelterStayListSchema = z.object({ items: z.array(shelterStaySchema) });

/** The shelter's day at a glance: its residents now and what the law asks of the shelter about them. */
export const shelterResidentsSummarySchema = z.object({
  asOf: isoDateSchema,
  residents: z.number().int(),
  /** § 110 stk. 6: the handlekommune not yet notified, still within the 3 working days. */
  notificationsDue: z.number().int(),
  /** …and the earliest of their deadlines. */
  nextNotificationDeadline: isoDateSchema.nullable(),
  /** Not notified, and the deadline has passed. */
  notificationsMissing: z.number().int(),
  /** Residents staying 2 months or more, and 4 months or more (the stays the course should end). */
  pastTwoMonths: z.number().int(),
  pastFourMonths: z.number().int(),
  /** Residents with no § 142 plan in force. */
  withoutPlan142: z.number().int(),
  /** Residents with a home allocated and a planned move-in within 14 days (or past and not yet moved): discharges coming… */
  dischargesComing: z.number().int(),
  /** …and the earliest planned move-in. */
  nextDischargeOn: isoDateSchema.nullable(),
});
export type ShelterResidentsSummary = z.infer<typeof shelterResidentsSummarySchema>;

export const shelterStaysRoutes = {
  summary: defineRoute({
    name: 'getShelterResidentsSummary',
    method: 'GET',
    path: '/api/shelter-stays/summary',
    summary:
      'The own shelter’s residents now: notifications to the handlekommune due and missing, stays past 2 and 4 months, residents without a § 142 plan (counts only)',
    tags: ['shelter-stays'],
    permission: 'citizens.read',
    audit: 'stay.summary',
    shape: 'collection',
    response: shelterResidentsSummarySchema,
  }),
  list: defineRoute({
    name: 'listShelterStays',
    method: 'GET',
    path: '/api/citizens/:id/shelter-stays',
    summary: 'The citizen’s § 110 stays (a shelter sees its own), with deadlines, nights and reimbursement days',
    tags: ['shelter-stays'],
    permission: 'citizens.read',
    audit: 'stay.list',
    shape: 'item',
    params: idParamsSchema,
    response: shelterStayListSchema,
  }),
  admit: defineRoute({
    name: 'admitToShelter',
    method: 'POST',
    path: '/api/citizens/:id/shelter-stays',
    summary: 'Admit the citizen to the user’s § 110 shelter, with the intake conversation',
    tags: ['shelter-stays'],
    permission: 'citizens.write',
    audit: 'stay.admit',
    shape: 'item',
    params: idParamsSchema,
    body: admissionBodySchema,
    response: shelterStaySchema,
    status: 201,
  }),
  update: defineRoute({
    name: 'updateShelterStay',
    method: 'PATCH',
    path: '/api/shelter-stays/:id',
    summary: 'Change the admission and intake (409 with what changed when someone else saved first)',
    tags: ['shelter-stays'],
    permission: 'citizens.write',
    audit: 'stay.update',
    shape: 'item',
    params: idParamsSchema,
    body: updateShelterStayBodySchema,
    response: shelterStaySchema,
  }),
  recordNotification: defineRoute({
    name: 'recordShelterStayNotification',
    method: 'POST',
    path: '/api/shelter-stays/:id/notification',
    summary: 'Record when the handlekommune was notified (§ 110 stk. 6: within 3 working days)',
    tags: ['shelter-stays'],
    permission: 'citizens.write',
    audit: 'stay.notify',
    shape: 'item',
    params: idParamsSchema,
    body: stayNotificationBodySchema,
    response: shelterStaySchema,
  }),
  discharge: defineRoute({
    name: 'dischargeShelterStay',
    method: 'POST',
    path: '/api/shelter-stays/:id/discharge',
    summary: 'Record the discharge: date, how the stay ended, where the citizen went',
    tags: ['shelter-stays'],
    permission: 'citizens.write',
    audit: 'stay.discharge',
    shape: 'item',
    params: idParamsSchema,
    body: stayDischargeBodySchema,
    response: shelterStaySchema,
  }),
};
