/**
 * Citizens: the registry (search, register, change, CPR reveal, duplicates linked and split) and
 * their housing situation over time.
 *
 * The output schemas are the allow-list of what leaves the server: a citizen's CPR number
 * appears only masked ('ddmmyy-xxxx'), except in `citizenCprSchema` (the audited reveal).
 */
import { z } from 'zod';
import { dataCategories, parseCpr } from '@hjemvej/domain';
import { idParamsSchema, idSchema, isoDateSchema, isoDateTimeSchema, nullableTextSchema, versionNumberSchema } from './common';
import { recordStamps } from './record-stamps';
import { defineRoute } from './route';
import { admissionBodySchema, shelterStaySchema } from './shelter-stays';
import { citizenAbilitiesSchema } from './abilities';
import { housingSituationSchema } from './housing-periods';
import { citizenNameFields, pageOf, pageQueryFields } from './shared';

/** Only the date part: 'ddmmyy-xxxx'. */
export const maskedCprSchema = z.string().regex(/^\d{6}-xxxx$/);
/** The full number, 'ddmmyy-xxxx' with digits: only ever in the reveal route's answer. */
export const fullCprSchema = z.string().regex(/^\d{6}-\d{4}$/);

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
// Citizens

export const citizenSummarySchema = z.object({
  id: idSchema,
  cpr: maskedCprSchema.nullable(),
  birthDate: isoDateSchema.nullable(),
  birthDateIsApproximate: z.boolean(),
  ...citizenNameFields,
  handlekommune: z.object({ id: idSchema, name: z.string() }).nullable(),
});
export type CitizenSummary = z.infer<typeof citizenSummarySchema>;

export const citizenListQuerySchema = z.object({
  /** Name, alias, or CPR (all ten digits, or the first six). */
  search: z.string().trim().max(100).optional(),
  ...pageQueryFields(100, 25),
});
export const citizenListSchema = pageOf(citizenSummarySchema);
export type CitizenList = z.infer<typeof citizenListSchema>;

export const citizenSchema = citizenSummarySchema.extend({
  phone: z.string().nullable(),
  email: z.string().nullable(),
  contactNote: z.string().nullable(),
  /** Duplicate records linked into this one (the same person). */
  linkedRecords: z.array(citizenSummarySchema.omit({ handlekommune: true })),
  /** The responsible caseworker (sagsansvarlig), a user of the handlekommune. */
  responsible: z.object({ id: idSchema, name: z.string() }).nullable(),
  ...recordStamps,
});
export type Citizen = z.infer<typeof citizenSchema>;

/** Categories of a citizen's data (need-to-know, `@hjemvej/domain` `access/need-to-know.ts`). */
export const dataCategorySchema = z.enum(dataCategories);

/** What the caller reads of one citizen, sent with the citizen (the web shows only these sections). */
export const citizenAccessSchema = z.object({
  categories: z.array(dataCategorySchema),
  /** Set while the caller has the citizen open by emergency access (every category, read only). */
  emergency: z.object({ expiresAt: isoDateTimeSchema, reason: z.string() }).nullable(),
  /** The caller carries the case (the municipality-wide reach): it sees who opened the citizen by emergency access. */
  seesEmergencyAccesses: z.boolean(),
});
export type CitizenAccess = z.infer<typeof citizenAccessSchema>;

export const citizenDetailSchema = citizenSchema.extend({
  /** Set when the record asked for was linked into this one. */
  resolvedFromId: idSchema.nullable(),
  /** null when the caller does not read housing (need-to-know). */
  housing: housingSituationSchema.nullable(),
  /** null when there is none, or the caller does not read stays. */
  openStay: shelterStaySchema.nullable(),
  /** Same CPR, or same name and birth date, among the citizens the user may see. */
  possibleDuplicates: z.array(citizenSummarySchema),
  /** What the caller may do with the citizen and the records of their course. */
  abilities: citizenAbilitiesSchema,
  /** What the caller reads of the citizen: the sections the web shows. */
  access: citizenAccessSchema,
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
    firstName: nullableTextSchema(100).optional(),
    lastName: nullableTextSchema(100).optional(),
    alias: nullableTextSchema(100).optional(),
    /** Without CPR: the approximate year of birth. */
    birthYear: birthYearSchema.optional(),
    phone: nullableTextSchema(40).optional(),
    email: nullableEmail.optional(),
    contactNote: nullableTextSchema(1000).optional(),
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
  stay: shelterStaySchema.nullable(),
  possibleDuplicates: z.array(citizenSummarySchema),
});
export type CreateCitizenResponse = z.infer<typeof createCitizenResponseSchema>;

export const updateCitizenBodySchema = z
  .object({
    /** The version the user saw; a newer version answers 409 with what changed. */
    version: versionNumberSchema,
    cpr: cprInputSchema.nullable().optional(),
    firstName: nullableTextSchema(100).optional(),
    lastName: nullableTextSchema(100).optional(),
    alias: nullableTextSchema(100).optional(),
    birthYear: birthYearSchema.nullable().optional(),
    phone: nullableTextSchema(40).optional(),
    email: nullableEmail.optional(),
    contactNote: nullableTextSchema(1000).optional(),
    handlekommuneId: idSchema.nullable().optional(),
    /** A user of the handlekommune who carries cases (`mayBeResponsibleCaseworker`); null clears it. */
    responsibleUserId: idSchema.nullable().optional(),
  })
  .superRefine((body, ctx) => {
    if (body.cpr && body.birthYear !== undefined && body.birthYear !== null) {
      ctx.addIssue({ code: 'custom', path: ['birthYear'], message: 'birth_year_with_cpr' });
    }
  });
export type UpdateCitizenBody = z.infer<typeof updateCitizenBodySchema>;

export const citizenPairBodySchema = z.object({ otherCitizenId: idSchema });
export type CitizenPairBody = z.infer<typeof citizenPairBodySchema>;

export const citizensRoutes = {
  search: defineRoute({
    name: 'searchCitizens',
    method: 'GET',
    path: '/api/citizens',
    summary: 'Search citizens by name, alias or CPR number (masked in the answer)',
    tags: ['citizens'],
    permission: 'citizens.read',
    audit: 'citizen.search',
    shape: 'collection',
    query: citizenListQuerySchema,
    response: citizenListSchema,
  }),
  create: defineRoute({
    name: 'createCitizen',
    method: 'POST',
    path: '/api/citizens',
    summary: 'Register a citizen (a shelter registers the admission in the same request)',
    tags: ['citizens'],
    permission: 'citizens.write',
    audit: 'citizen.create',
    shape: 'collection',
    body: createCitizenBodySchema,
    response: createCitizenResponseSchema,
    status: 201,
  }),
  read: defineRoute({
    name: 'getCitizen',
    method: 'GET',
    path: '/api/citizens/:id',
    summary: 'One citizen: masked CPR, housing situation today, open stay, possible duplicates',
    tags: ['citizens'],
    permission: 'citizens.read',
    audit: 'citizen.read',
    shape: 'item',
    params: idParamsSchema,
    response: citizenDetailSchema,
  }),
  revealCpr: defineRoute({
    name: 'revealCitizenCpr',
    method: 'GET',
    path: '/api/citizens/:id/cpr',
    summary: 'The full CPR number (audited as its own action)',
    tags: ['citizens'],
    permission: 'citizens.cpr',
    audit: 'citizen.cpr_reveal',
    shape: 'item',
    params: idParamsSchema,
    response: citizenCprSchema,
  }),
  update: defineRoute({
    name: 'updateCitizen',
    method: 'PATCH',
    path: '/api/citizens/:id',
    summary: 'Change a citizen (409 with what changed when someone else saved first)',
    tags: ['citizens'],
    permission: 'citizens.write',
    audit: 'citizen.update',
    shape: 'item',
    params: idParamsSchema,
    body: updateCitizenBodySchema,
    response: citizenSchema,
  }),
  link: defineRoute({
    name: 'linkCitizens',
    method: 'POST',
    path: '/api/citizens/:id/link',
    summary: 'Link a duplicate record into this citizen (reversible with split)',
    tags: ['citizens'],
    permission: 'citizens.write',
    audit: 'citizen.link',
    shape: 'item',
    params: idParamsSchema,
    body: citizenPairBodySchema,
    response: citizenDetailSchema,
  }),
  split: defineRoute({
    name: 'splitCitizens',
    method: 'POST',
    path: '/api/citizens/:id/split',
    summary: 'Undo a link and remember that the two records are different people',
    tags: ['citizens'],
    permission: 'citizens.write',
    audit: 'citizen.split',
    shape: 'item',
    params: idParamsSchema,
    body: citizenPairBodySchema,
    response: citizenDetailSchema,
  }),
};
