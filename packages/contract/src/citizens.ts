/**
 * Citizens, their housing situation over time and § 110 shelter stays.
 *
 * The output schemas are the allow-list of what leaves the server: a citizen's CPR number
 * appears only masked ('ddmmyy-xxxx'), except in `citizenCprSchema` (the audited reveal).
 */
import { z } from 'zod';
import { housingCategories, parseCpr } from '@hjemvej/domain';
import { idSchema, isoDateSchema, isoDateTimeSchema } from './common';
import { citizenAbilitiesSchema, stayAbilitiesSchema } from './abilities';

export const housingCategorySchema = z.enum(housingCategories);

/** Only the date part: 'ddmmyy-xxxx'. */
export const maskedCprSchema = z.string().regex(/^\d{6}-xxxx$/);
/** The full number, 'ddmmyy-xxxx' with digits: only ever in the reveal route's answer. */
export const fullCprSchema = z.string().regex(/^\d{6}-\d{4}$/);

/** Nullable trimmed text; '' counts as "no value". */
const nullableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable();

const nullableEmail = z
  .string()
  .trim()
  .toLowerCase()
  .transform((value) => (value === '' ? null : value))
  .pipe(z.email().max(254).nullable())
  .nullable();

/** A CPR number as typed ('ddmmyy-xxxx' or ten digits); the date part must be a real date. */
export const cprInputSchema = z
  .string()
  .trim()
  .max(20)
  .superRefine((value, ctx) => {
    const parsed = parseCpr(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error });
  });

const currentYear = new Date().getUTCFullYear();
const birthYearSchema = z.number().int().min(1900).max(currentYear);

// ---------------------------------------------------------------------------------------------
// Shelter stays (§ 110)

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
  cameFrom: nullableText(500).optional(),
  homeMunicipality: nullableText(200).optional(),
  livedWhere: nullableText(1000).optional(),
  whyHomeless: nullableText(2000).optional(),
  problems: stayProblemsSchema.partial().optional(),
  notes: nullableText(4000).optional(),
});
export type StayIntakeInput = z.infer<typeof stayIntakeInputSchema>;

export const admissionBodySchema = z
  .object({
    admittedOn: isoDateSchema,
    referral: shelterReferralSchema,
    referredBy: nullableText(200).optional(),
    intake: stayIntakeInputSchema.optional(),
  })
  .superRefine((body, ctx) => {
    if (body.referral === 'referred' && !body.referredBy) {
      ctx.addIssue({ code: 'custom', path: ['referredBy'], message: 'referred_by_required' });
    }
  });
export type AdmissionBody = z.infer<typeof admissionBodySchema>;

export const updateStayBodySchema = z.object({
  version: z.number().int().min(1),
  admittedOn: isoDateSchema.optional(),
  referral: shelterReferralSchema.optional(),
  referredBy: nullableText(200).optional(),
  intake: stayIntakeInputSchema.optional(),
});
export type UpdateStayBody = z.infer<typeof updateStayBodySchema>;

export const stayNotificationBodySchema = z.object({ sentOn: isoDateSchema, version: z.number().int().min(1).optional() });
export type StayNotificationBody = z.infer<typeof stayNotificationBodySchema>;

export const stayDischargeBodySchema = z.object({
  dischargedOn: isoDateSchema,
  reason: dischargeReasonSchema,
  destination: housingCategorySchema,
  version: z.number().int().min(1).optional(),
});
export type StayDischargeBody = z.infer<typeof stayDischargeBodySchema>;

export const notificationStates = ['on_time', 'late', 'pending', 'missing', 'before_reform'] as const;

export const staySchema = z.object({
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
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Stay = z.infer<typeof staySchema>;
export const stayListSchema = z.object({ items: z.array(staySchema) });

// ---------------------------------------------------------------------------------------------
// Housing periods

export const housingPeriodSchema = z.object({
  id: idSchema,
  citizenId: idSchema,
  category: housingCategorySchema,
  isHomeless: z.boolean(),
  fromDate: isoDateSchema,
  /** The day the situation ended (first day of the next), or null while it lasts. */
  toDate: isoDateSchema.nullable(),
  note: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: isoDateTimeSchema,
});
export type HousingPeriod = z.infer<typeof housingPeriodSchema>;

export const housingSituationSchema = z.object({
  current: housingPeriodSchema.nullable(),
  /** First day of the current uninterrupted homeless spell, or null when not homeless today. */
  homelessSince: isoDateSchema.nullable(),
  homelessDays: z.number().int().nullable(),
});

export const housingPeriodListSchema = housingSituationSchema.extend({ items: z.array(housingPeriodSchema) });

export const createHousingPeriodBodySchema = z.object({
  category: housingCategorySchema,
  fromDate: isoDateSchema,
  toDate: isoDateSchema.nullable().optional(),
  note: nullableText(2000).optional(),
});
export type CreateHousingPeriodBody = z.infer<typeof createHousingPeriodBodySchema>;

export const updateHousingPeriodBodySchema = z.object({
  category: housingCategorySchema.optional(),
  fromDate: isoDateSchema.optional(),
  toDate: isoDateSchema.nullable().optional(),
  note: nullableText(2000).optional(),
});
export type UpdateHousingPeriodBody = z.infer<typeof updateHousingPeriodBodySchema>;

// ---------------------------------------------------------------------------------------------
// Citizens

export const citizenSummarySchema = z.object({
  id: idSchema,
  cpr: maskedCprSchema.nullable(),
  birthDate: isoDateSchema.nullable(),
  birthDateIsApproximate: z.boolean(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  alias: z.string().nullable(),
  handlekommune: z.object({ id: idSchema, name: z.string() }).nullable(),
});
export type CitizenSummary = z.infer<typeof citizenSummarySchema>;

export const citizenListQuerySchema = z.object({
  /** Name, alias, or CPR (all ten digits, or the first six). */
  search: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export const citizenListSchema = z.object({ items: z.array(citizenSummarySchema), total: z.number().int() });

export const citizenSchema = citizenSummarySchema.extend({
  phone: z.string().nullable(),
  email: z.string().nullable(),
  contactNote: z.string().nullable(),
  /** Duplicate records linked into this one (the same person). */
  linkedRecords: z.array(citizenSummarySchema.omit({ handlekommune: true })),
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Citizen = z.infer<typeof citizenSchema>;

export const citizenDetailSchema = citizenSchema.extend({
  /** Set when the record asked for was linked into this one. */
  resolvedFromId: idSchema.nullable(),
  housing: housingSituationSchema,
  openStay: staySchema.nullable(),
  /** Same CPR, or same name and birth date, among the citizens the user may see. */
  possibleDuplicates: z.array(citizenSummarySchema),
  /** What the caller may do with the citizen and the records of their course. */
  abilities: citizenAbilitiesSchema,
});
export type CitizenDetail = z.infer<typeof citizenDetailSchema>;

export const citizenCprSchema = z.object({ id: idSchema, cpr: fullCprSchema.nullable() });

/** Whoever registers a citizen must give a CPR number, a name or an alias. */
function requireIdentity(
  body: {
    cpr?: string | null | undefined;
    firstName?: string | null | undefined;
    lastName?: string | null | undefined;
    alias?: string | null | undefined;
  },
  ctx: z.RefinementCtx,
): void {
  if (!body.cpr && !body.firstName && !body.lastName && !body.alias) {
    ctx.addIssue({ code: 'custom', path: ['alias'], message: 'citizen_identity_required' });
  }
}

export const createCitizenBodySchema = z
  .object({
    cpr: cprInputSchema.optional(),
    firstName: nullableText(100).optional(),
    lastName: nullableText(100).optional(),
    alias: nullableText(100).optional(),
    /** Without CPR: the approximate year of birth. */
    birthYear: birthYearSchema.optional(),
    phone: nullableText(40).optional(),
    email: nullableEmail.optional(),
    contactNote: nullableText(1000).optional(),
    /** Default: the user's own municipality. A shelter may leave it empty (not known yet). */
    handlekommuneId: idSchema.nullable().optional(),
    /** Required when a shelter registers the citizen: the admission, in the same transaction. */
    admission: admissionBodySchema.optional(),
  })
  .superRefine((body, ctx) => {
    requireIdentity(body, ctx);
    if (body.cpr && body.birthYear !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['birthYear'], message: 'birth_year_with_cpr' });
    }
  });
export type CreateCitizenBody = z.infer<typeof createCitizenBodySchema>;

export const createCitizenResponseSchema = z.object({
  citizen: citizenSchema,
  stay: staySchema.nullable(),
  possibleDuplicates: z.array(citizenSummarySchema),
});

export const updateCitizenBodySchema = z
  .object({
    /** The version the user saw; a newer version answers 409 with what changed. */
    version: z.number().int().min(1),
    cpr: cprInputSchema.nullable().optional(),
    firstName: nullableText(100).optional(),
    lastName: nullableText(100).optional(),
    alias: nullableText(100).optional(),
    birthYear: birthYearSchema.nullable().optional(),
    phone: nullableText(40).optional(),
    email: nullableEmail.optional(),
    contactNote: nullableText(1000).optional(),
    handlekommuneId: idSchema.nullable().optional(),
  })
  .superRefine((body, ctx) => {
    if (body.cpr && body.birthYear !== undefined && body.birthYear !== null) {
      ctx.addIssue({ code: 'custom', path: ['birthYear'], message: 'birth_year_with_cpr' });
    }
  });
export type UpdateCitizenBody = z.infer<typeof updateCitizenBodySchema>;

export const citizenPairBodySchema = z.object({ otherCitizenId: idSchema });
export type CitizenPairBody = z.infer<typeof citizenPairBodySchema>;
