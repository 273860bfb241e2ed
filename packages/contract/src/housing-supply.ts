/**
 * Housing supply (boligforsyning): the municipality's allocation agreements with quota use, the
 * dwellings at its disposal and their vacancies with the rent clock, matching a vacancy to
 * citizens, offers and answers (an accepted offer becomes the housing allocation), the citizen's
 * housing profile, eviction warnings, guarantee cases and the supply overview.
 */
import { z } from 'zod';
import {
  allocationLegalBases,
  dwellingBounds,
  dwellingTypes,
  mismatchReasons,
  priorityPolicies,
  refusalConsequences,
  vacancyEndReasons,
} from '@hjemvej/domain';
import {
  caseDateSchema,
  idParamsSchema,
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  maxDatabaseInteger,
  textSchema,
  versionNumberSchema,
} from './common';
import { defineRoute } from './route';
import { dwellingAbilitiesSchema } from './abilities';

const amount = (bounds: { min: number; max: number }) => z.number().int().min(bounds.min).max(bounds.max);
const optionalText = (max: number) => z.string().trim().max(max).optional();

export const allocationLegalBasisSchema = z.enum(allocationLegalBases);
export const dwellingTypeSchema = z.enum(dwellingTypes);
export const vacancyEndReasonSchema = z.enum(vacancyEndReasons);
export const refusalConsequenceSchema = z.enum(refusalConsequences);
export const priorityPolicySchema = z.enum(priorityPolicies);
export const vacancyStateSchema = z.enum(['upcoming', 'vacant', 'offered', 'let', 'returned']);
export const offerAnswerSchema = z.enum(['pending', 'accepted', 'declined', 'withdrawn']);

const namedSchema = z.object({ id: idSchema, name: z.string() });

// ── Settings ───────────────────────────────────────────────────────────────────────────────

export const housingSupplySettingsSchema = z.object({
  escalationDays: z.array(z.number().int()),
  priorityPolicy: priorityPolicySchema,
  priorityPolicyText: z.string(),
  refusalConsequence: refusalConsequenceSchema,
  refusalPolicyText: z.string(),
  /** The appeal guidance (klagevejledning) a refusal that takes the citizen off the list carries. */
  refusalAppealGuidance: z.string(),
  defaultMaxRent: z.number().int(),
  /** Where the default affordability limit comes from. */
  defaultMaxRentSource: z.string(),
  canEdit: z.boolean(),
  version: z.number().int(),
});
export type HousingSupplySettings = z.infer<typeof housingSupplySettingsSchema>;

export const updateHousingSupplySettingsBodySchema = z.object({
  version: versionNumberSchema,
  escalationDays: z.array(z.number().int().min(1).max(365)).min(1).max(6),
  priorityPolicy: priorityPolicySchema,
  priorityPolicyText: z.string().trim().max(4000),
  refusalConsequence: refusalConsequenceSchema,
  refusalPolicyText: z.string().trim().max(4000),
  /** Required in practice when a refusal takes the citizen off the list (a decision). */
  refusalAppealGuidance: z.string().trim().max(4000).optional(),
  defaultMaxRent: amount(dwellingBounds.monthlyRent),
});
export type UpdateHousingSupplySettingsBody = z.input<typeof updateHousingSupplySettingsBodySchema>;

// ── Allocation agreements ──────────────────────────────────────────────────────────────────

export const allocationAgreementSchema = z.object({
  id: idSchema,
  title: z.string(),
  housingOrganisation: namedSchema.nullable(),
  landlordName: z.string().nullable(),
  legalBasis: allocationLegalBasisSchema,
  /** The law the basis rests on. */
  legalSource: z.string(),
  share: z.number().nullable(),
  dwellingCount: z.number().int().nullable(),
  validFrom: isoDateSchema,
  validTo: isoDateSchema.nullable(),
  revisitOn: isoDateSchema,
  contactName: z.string(),
  contactEmail: z.string(),
  contactPhone: z.string(),
  note: z.string(),
  quota: z.object({
    used: z.number().int(),
    agreed: z.number().int().nullable(),
    remaining: z.number().int().nullable(),
    isExceeded: z.boolean(),
    vacanciesReported: z.number().int(),
  }),
  isRevisitDue: z.boolean(),
  version: z.number().int(),
});
export type AllocationAgreement = z.infer<typeof allocationAgreementSchema>;

export const createAllocationAgreementBodySchema = z
  .object({
    title: textSchema(200),
    housingOrganisationId: idSchema.optional(),
    landlordName: optionalText(200),
    legalBasis: allocationLegalBasisSchema,
    share: z.number().gt(0).max(1).optional(),
    dwellingCount: z.number().int().min(1).max(10_000).optional(),
    validFrom: caseDateSchema,
    validTo: caseDateSchema.optional(),
    revisitOn: caseDateSchema,
    contactName: optionalText(200),
    contactEmail: optionalText(254),
    contactPhone: optionalText(40),
    note: optionalText(4000),
  })
  .refine((b) => (b.share === undefined) !== (b.dwellingCount === undefined), {
    message: 'share or dwellingCount',
    path: ['dwellingCount'],
  })
  .refine((b) => b.housingOrganisationId !== undefined || (b.landlordName ?? '') !== '', {
    message: 'housingOrganisationId or landlordName',
    path: ['landlordName'],
  });
export type CreateAllocationAgreementBody = z.input<typeof createAllocationAgreementBodySchema>;

// ── Dwellings and vacancies ────────────────────────────────────────────────────────────────

export const vacancyClockSchema = z.object({
  days: z.number().int(),
  /** The rent the municipality owes so far (or in all, when the vacancy ended), whole kr. */
  rentCost: z.number().int(),
  dailyRent: z.number(),
  /** The escalation thresholds reached (each sent once to the housing unit). */
  escalatedAt: z.array(z.number().int()),
});

export const vacancySummarySchema = z.object({
  id: idSchema,
  dwellingId: idSchema,
  availableFrom: isoDateSchema,
  endedOn: isoDateSchema.nullable(),
  endReason: vacancyEndReasonSchema.nullable(),
  monthlyRent: z.number().int(),
  state: vacancyStateSchema,
  clock: vacancyClockSchema,
  reportedBy: z.string(),
  reportedByOrganisation: z.string(),
  version: z.number().int(),
});
export type VacancySummary = z.infer<typeof vacancySummarySchema>;

export const dwellingSchema = z.object({
  id: idSchema,
  agreementId: idSchema.nullable(),
  agreementTitle: z.string().nullable(),
  housingOrganisation: namedSchema.nullable(),
  landlordName: z.string().nullable(),
  department: z.string(),
  address: z.string(),
  area: z.string(),
  dwellingType: dwellingTypeSchema,
  sizeM2: z.number().int(),
  rooms: z.number().int(),
  floor: z.number().int().nullable(),
  monthlyRent: z.number().int(),
  utilitiesEstimate: z.number().int(),
  deposit: z.number().int(),
  isAccessible: z.boolean(),
  subsidyEndsOn: isoDateSchema.nullable(),
  note: z.string(),
  currentVacancy: vacancySummarySchema.nullable(),
  abilities: dwellingAbilitiesSchema,
  version: z.number().int(),
});
export type Dwelling = z.infer<typeof dwellingSchema>;

export const createDwellingBodySchema = z
  .object({
    agreementId: idSchema.optional(),
    housingOrganisationId: idSchema.optional(),
    landlordName: optionalText(200),
    department: optionalText(200),
    address: textSchema(300),
    area: textSchema(100),
    dwellingType: dwellingTypeSchema,
    sizeM2: amount(dwellingBounds.sizeM2),
    rooms: amount(dwellingBounds.rooms),
    floor: amount(dwellingBounds.floor).optional(),
    monthlyRent: amount(dwellingBounds.monthlyRent),
    utilitiesEstimate: amount(dwellingBounds.utilities).optional(),
    deposit: amount(dwellingBounds.deposit).optional(),
    isAccessible: z.boolean().optional(),
    subsidyEndsOn: caseDateSchema.optional(),
    note: optionalText(4000),
  })
  .refine((b) => b.housingOrganisationId !== undefined || (b.landlordName ?? '') !== '', {
    message: 'housingOrganisationId or landlordName',
    path: ['landlordName'],
  });
export type CreateDwellingBody = z.input<typeof createDwellingBodySchema>;

export const reportVacancyBodySchema = z.object({ availableFrom: caseDateSchema });
export type ReportVacancyBody = z.input<typeof reportVacancyBodySchema>;

export const endVacancyBodySchema = z.object({
  version: versionNumberSchema,
  endedOn: caseDateSchema,
  endReason: z.enum(['returned', 'relet_by_landlord']),
});
export type EndVacancyBody = z.input<typeof endVacancyBodySchema>;

export const vacancyListItemSchema = vacancySummarySchema.extend({
  dwelling: z.object({
    id: idSchema,
    address: z.string(),
    area: z.string(),
    rooms: z.number().int(),
    dwellingType: dwellingTypeSchema,
    housingOrganisation: z.string().nullable(),
  }),
});
export type VacancyListItem = z.infer<typeof vacancyListItemSchema>;

export const vacancyListQuerySchema = z.object({
  /** Vacancies that ran in this calendar year (the § 104 stk. 2 count); default: every open one and this year's. */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const vacancyListSchema = z.object({
  items: z.array(vacancyListItemSchema),
  /** Rent loss of the listed vacancies in the year (days inside the year only). */
  year: z.number().int(),
  yearRentLoss: z.number().int(),
  yearVacantDwellings: z.number().int(),
  legalSource: z.string(),
});
export type VacancyList = z.infer<typeof vacancyListSchema>;

// ── Offers ─────────────────────────────────────────────────────────────────────────────────

export const housingOfferSchema = z.object({
  id: idSchema,
  vacancyId: idSchema,
  citizen: z.object({ id: idSchema, name: z.string().nullable() }),
  address: z.string(),
  offeredOn: isoDateSchema,
  answerDeadline: isoDateSchema,
  viewingOn: isoDateSchema.nullable(),
  answer: offerAnswerSchema,
  answeredOn: isoDateSchema.nullable(),
  declineReason: z.string().nullable(),
  refusalConsequence: refusalConsequenceSchema.nullable(),
  /** A refusal that is a decision (the citizen taken off the list): its reasons and appeal guidance. */
  decisionReasons: z.string().nullable(),
  appealGuidance: z.string().nullable(),
  housingAllocationId: idSchema.nullable(),
  quotaWarningAcknowledged: z.boolean(),
  version: z.number().int(),
});
export type HousingOffer = z.infer<typeof housingOfferSchema>;

export const vacancyDetailSchema = z.object({
  vacancy: vacancySummarySchema,
  dwelling: dwellingSchema,
  offers: z.array(housingOfferSchema),
});
export type VacancyDetail = z.infer<typeof vacancyDetailSchema>;

export const createOfferBodySchema = z.object({
  citizenId: idSchema,
  offeredOn: caseDateSchema,
  answerDeadline: caseDateSchema,
  viewingOn: caseDateSchema.optional(),
  /** The user has read the warning that the allocation goes beyond the agreement's quota. */
  acknowledgeQuota: z.boolean().optional(),
});
export type CreateOfferBody = z.input<typeof createOfferBodySchema>;

export const answerOfferBodySchema = z.discriminatedUnion('answer', [
  z.object({
    answer: z.literal('accepted'),
    version: versionNumberSchema,
    answeredOn: caseDateSchema,
    leaseSignedOn: caseDateSchema.optional(),
    plannedMoveInOn: caseDateSchema.optional(),
  }),
  z.object({
    answer: z.literal('declined'),
    version: versionNumberSchema,
    answeredOn: caseDateSchema,
    declineReason: textSchema(2000),
    /** The refusal policy the user was shown (a changed policy is answered with 409). */
    refusalConsequence: refusalConsequenceSchema,
    /**
     * Where the policy takes the citizen off the list, the refusal is a decision: its reasons
     * (required then; the appeal guidance is the municipality's, stored with it).
     */
    decisionReasons: z.string().trim().max(4000).optional(),
  }),
]);
export type AnswerOfferBody = z.input<typeof answerOfferBodySchema>;

export const answeredOfferSchema = housingOfferSchema.extend({
  /** The urgent ("Housing First haster") applications started when the offer was accepted. */
  urgentTaskIds: z.array(idSchema),
});
export type AnsweredOffer = z.infer<typeof answeredOfferSchema>;

// ── Matching ───────────────────────────────────────────────────────────────────────────────

export const mismatchReasonSchema = z.enum(mismatchReasons);

export const vacancyMatchesSchema = z.object({
  priorityPolicy: priorityPolicySchema,
  priorityPolicyText: z.string(),
  defaultMaxRent: z.number().int(),
  items: z.array(
    z.object({
      citizenId: idSchema,
      name: z.string(),
      fits: z.boolean(),
      mismatches: z.array(mismatchReasonSchema),
      priorityDays: z.number().int().nullable(),
      readyToMoveOn: isoDateSchema.nullable(),
      householdSize: z.number().int(),
      affordableRent: z.number().int().nullable(),
    }),
  ),
  /** Citizens in scope who are homeless but have no housing profile yet (not matched). */
  withoutProfile: z.number().int(),
  /** How many fit in all; `items` holds the first of them in policy order (at most 100). */
  fittingTotal: z.number().int(),
});
export type VacancyMatches = z.infer<typeof vacancyMatchesSchema>;

// ── The citizen's housing profile ──────────────────────────────────────────────────────────

export const housingProfileSchema = z.object({
  citizenId: idSchema,
  exists: z.boolean(),
  wishedAreas: z.array(z.string()),
  excludedAreas: z.array(z.string()),
  householdSize: z.number().int(),
  affordableRent: z.number().int().nullable(),
  needsAccessible: z.boolean(),
  needs: z.string(),
  readyToMoveOn: isoDateSchema.nullable(),
  supportPlanned: z.boolean(),
  /** A granted § 85 / § 85 a decision is on the course (§ 110 stk. 5). */
  supportInPlace: z.boolean(),
  offers: z.array(housingOfferSchema),
  evictionWarnings: z.array(
    z.object({ id: idSchema, receivedOn: isoDateSchema, landlordName: z.string(), courtDate: isoDateSchema.nullable() }),
  ),
  canEdit: z.boolean(),
  version: z.number().int(),
});
export type HousingProfile = z.infer<typeof housingProfileSchema>;

const areaListSchema = z.array(textSchema(100)).max(30);

export const updateHousingProfileBodySchema = z.object({
  /** 0 when the profile does not exist yet. */
  version: z.number().int().min(0).max(maxDatabaseInteger),
  wishedAreas: areaListSchema,
  excludedAreas: areaListSchema,
  householdSize: amount(dwellingBounds.householdSize),
  affordableRent: amount(dwellingBounds.monthlyRent).nullable(),
  needsAccessible: z.boolean(),
  needs: z.string().trim().max(2000),
  readyToMoveOn: caseDateSchema.nullable(),
  supportPlanned: z.boolean(),
});
export type UpdateHousingProfileBody = z.input<typeof updateHousingProfileBodySchema>;

// ── Eviction warnings and guarantee cases ──────────────────────────────────────────────────

export const evictionWarningSchema = z.object({
  id: idSchema,
  citizen: z.object({ id: idSchema, name: z.string() }).nullable(),
  tenantName: z.string(),
  tenantAddress: z.string(),
  landlordName: z.string(),
  receivedOn: isoDateSchema,
  courtDate: isoDateSchema.nullable(),
  arrears: z.number().int().nullable(),
  taskId: idSchema.nullable(),
  supportUnit: z.string().nullable(),
  note: z.string(),
  createdAt: isoDateTimeSchema,
});
export type EvictionWarning = z.infer<typeof evictionWarningSchema>;

export const createEvictionWarningBodySchema = z.object({
  /** Finds the citizen; else by name and address. */
  cpr: z
    .string()
    .trim()
    .regex(/^\d{6}-?\d{4}$/)
    .optional(),
  tenantName: textSchema(200),
  tenantAddress: textSchema(300),
  landlordName: textSchema(200),
  receivedOn: caseDateSchema,
  courtDate: caseDateSchema.optional(),
  arrears: z.number().int().min(0).max(1_000_000).optional(),
  note: optionalText(4000),
});
export type CreateEvictionWarningBody = z.input<typeof createEvictionWarningBodySchema>;

export const guaranteeCaseSchema = z.object({
  id: idSchema,
  dwelling: z.object({ id: idSchema, address: z.string() }),
  citizen: z.object({ id: idSchema, name: z.string() }).nullable(),
  movedOutOn: isoDateSchema,
  repairClaim: z.number().int(),
  municipalPayment: z.number().int().nullable(),
  paidOn: isoDateSchema.nullable(),
  recoveryClaimed: z.number().int().nullable(),
  recovered: z.number().int().nullable(),
  note: z.string(),
  version: z.number().int(),
});
export type GuaranteeCase = z.infer<typeof guaranteeCaseSchema>;

const money = z.number().int().min(0).max(1_000_000);

export const createGuaranteeCaseBodySchema = z.object({
  dwellingId: idSchema,
  citizenId: idSchema.optional(),
  movedOutOn: caseDateSchema,
  repairClaim: money,
  municipalPayment: money.optional(),
  paidOn: caseDateSchema.optional(),
  recoveryClaimed: money.optional(),
  recovered: money.optional(),
  note: optionalText(4000),
});
export type CreateGuaranteeCaseBody = z.input<typeof createGuaranteeCaseBodySchema>;

export const updateGuaranteeCaseBodySchema = z.object({
  version: versionNumberSchema,
  municipalPayment: money.nullable().optional(),
  paidOn: caseDateSchema.nullable().optional(),
  recoveryClaimed: money.nullable().optional(),
  recovered: money.nullable().optional(),
  note: z.string().trim().max(4000).optional(),
});
export type UpdateGuaranteeCaseBody = z.input<typeof updateGuaranteeCaseBodySchema>;

// ── Overview ───────────────────────────────────────────────────────────────────────────────

export const supplyOverviewSchema = z.object({
  year: z.number().int(),
  offersPerMonth: z.array(z.object({ month: z.string(), count: z.number().int() })),
  offers: z.number().int(),
  acceptanceRate: z.number().nullable(),
  medianDaysReadyToMoveIn: z.number().nullable(),
  movedIn: z.number().int(),
  vacancyDays: z.number().int(),
  rentLoss: z.number().int(),
  quota: z.array(
    z.object({ agreementId: idSchema, title: z.string(), used: z.number().int(), agreed: z.number().int().nullable() }),
  ),
  subsidyEnding: z.array(z.object({ dwellingId: idSchema, address: z.string(), subsidyEndsOn: isoDateSchema })),
  evictionWarnings: z.number().int(),
  guaranteePaid: z.number().int(),
});
export type SupplyOverview = z.infer<typeof supplyOverviewSchema>;

/**
 * The figures of the supply overview that open onto the rows behind them: 'offers',
 * 'acceptance' (the answered offers), 'moved_in' (ready → move-in), 'vacancies' (vacancy days
 * and rent loss), 'eviction_warnings', 'subsidy_ending' and 'quota:<agreementId>'.
 */
export const supplyFigures = ['offers', 'acceptance', 'moved_in', 'vacancies', 'eviction_warnings', 'subsidy_ending'] as const;
export type SupplyFigure = (typeof supplyFigures)[number] | `quota:${string}`;

export const supplyBehindQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  figure: z.string().trim().min(1).max(100),
});
export type SupplyBehindQuery = z.input<typeof supplyBehindQuerySchema>;

export const supplyBehindItemSchema = z.object({
  /** The citizen behind the row, when it has one the user may see. */
  citizen: z.object({ id: idSchema, name: z.string() }).nullable(),
  /** The dwelling's address (an eviction warning: the tenant's). */
  address: z.string(),
  vacancyId: idSchema.nullable(),
  /** The row's date: offered, moved in, available from, received, subsidy ends. */
  date: isoDateSchema.nullable(),
  answer: offerAnswerSchema.nullable(),
  /** Days: ready → move-in, or vacancy days in the year. */
  days: z.number().int().nullable(),
  /** Rent loss in the year (kr.). */
  amount: z.number().int().nullable(),
});
export type SupplyBehindItem = z.infer<typeof supplyBehindItemSchema>;

export const supplyBehindSchema = z.object({
  year: z.number().int(),
  figure: z.string(),
  items: z.array(supplyBehindItemSchema),
});
export type SupplyBehind = z.infer<typeof supplyBehindSchema>;

const tags = ['housing-supply'];
const yearQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const housingSupplyRoutes = {
  getSettings: defineRoute({
    name: 'getHousingSupplySettings',
    method: 'GET',
    path: '/api/housing-supply/settings',
    summary: 'The municipality’s escalation thresholds, priority policy and refusal policy',
    tags,
    permission: 'citizens.read',
    audit: 'housing_supply.settings_read',
    shape: 'collection',
    response: housingSupplySettingsSchema,
  }),
  updateSettings: defineRoute({
    name: 'updateHousingSupplySettings',
    method: 'PUT',
    path: '/api/housing-supply/settings',
    summary: 'Change the thresholds and written policies (the housing allocation unit and leaders)',
    tags,
    permission: 'citizens.write',
    audit: 'housing_supply.settings_update',
    shape: 'collection',
    body: updateHousingSupplySettingsBodySchema,
    response: housingSupplySettingsSchema,
  }),
  listAgreements: defineRoute({
    name: 'listAllocationAgreements',
    method: 'GET',
    path: '/api/housing-supply/agreements',
    summary: 'Allocation agreements (anvisningsaftaler) with quota use',
    tags,
    permission: 'citizens.read',
    audit: 'allocation_agreement.list',
    shape: 'collection',
    response: z.object({ items: z.array(allocationAgreementSchema), canCreate: z.boolean() }),
  }),
  createAgreement: defineRoute({
    name: 'createAllocationAgreement',
    method: 'POST',
    path: '/api/housing-supply/agreements',
    summary: 'Record an allocation agreement: legal basis, share or number, period, revisit date, contact',
    tags,
    permission: 'citizens.write',
    audit: 'allocation_agreement.create',
    shape: 'collection',
    body: createAllocationAgreementBodySchema,
    response: allocationAgreementSchema,
    status: 201,
  }),
  listDwellings: defineRoute({
    name: 'listDwellings',
    method: 'GET',
    path: '/api/housing-supply/dwellings',
    summary: 'Dwellings at the municipality’s disposal (a housing association: its own)',
    tags,
    permission: 'organisation.read',
    audit: 'dwelling.list',
    shape: 'collection',
    response: z.object({ items: z.array(dwellingSchema), canCreate: z.boolean() }),
  }),
  createDwelling: defineRoute({
    name: 'createDwelling',
    method: 'POST',
    path: '/api/housing-supply/dwellings',
    summary: 'Record a dwelling offered to the municipality',
    tags,
    permission: 'citizens.write',
    audit: 'dwelling.create',
    shape: 'collection',
    body: createDwellingBodySchema,
    response: dwellingSchema,
    status: 201,
  }),
  reportVacancy: defineRoute({
    name: 'reportVacancy',
    method: 'POST',
    path: '/api/housing-supply/dwellings/:id/vacancies',
    summary: 'Report a dwelling vacant at the municipality’s disposal (the register or the housing association)',
    tags,
    permission: 'organisation.read',
    audit: 'vacancy.report',
    shape: 'item',
    params: idParamsSchema,
    body: reportVacancyBodySchema,
    response: vacancySummarySchema,
    status: 201,
  }),
  listVacancies: defineRoute({
    name: 'listVacancies',
    method: 'GET',
    path: '/api/housing-supply/vacancies',
    summary: 'Vacancies with days and rent cost; the year’s rent loss (almenboligloven § 104 stk. 2)',
    tags,
    permission: 'organisation.read',
    audit: 'vacancy.list',
    shape: 'collection',
    query: vacancyListQuerySchema,
    response: vacancyListSchema,
  }),
  getVacancy: defineRoute({
    name: 'getVacancy',
    method: 'GET',
    path: '/api/housing-supply/vacancies/:id',
    summary: 'One vacancy with its dwelling, clock and offers',
    tags,
    permission: 'organisation.read',
    audit: 'vacancy.read',
    shape: 'item',
    params: idParamsSchema,
    response: vacancyDetailSchema,
  }),
  endVacancy: defineRoute({
    name: 'endVacancy',
    method: 'POST',
    path: '/api/housing-supply/vacancies/:id/end',
    summary: 'End a vacancy without allocation (returned to the landlord, re-let by the landlord): the final rent loss',
    tags,
    permission: 'citizens.write',
    audit: 'vacancy.end',
    shape: 'item',
    params: idParamsSchema,
    body: endVacancyBodySchema,
    response: vacancySummarySchema,
  }),
  listMatches: defineRoute({
    name: 'listVacancyMatches',
    method: 'GET',
    path: '/api/housing-supply/vacancies/:id/matches',
    summary: 'Citizens who fit the vacancy by hard criteria, ordered by the written priority policy',
    tags,
    permission: 'citizens.read',
    audit: 'vacancy.matches',
    shape: 'item',
    params: idParamsSchema,
    response: vacancyMatchesSchema,
  }),
  createOffer: defineRoute({
    name: 'createHousingOffer',
    method: 'POST',
    path: '/api/housing-supply/vacancies/:id/offers',
    summary: 'Offer the vacant dwelling to a citizen, with answer deadline and viewing date',
    tags,
    permission: 'citizens.write',
    audit: 'housing_offer.create',
    shape: 'item',
    params: idParamsSchema,
    body: createOfferBodySchema,
    response: housingOfferSchema,
    status: 201,
  }),
  answerOffer: defineRoute({
    name: 'answerHousingOffer',
    method: 'POST',
    path: '/api/housing-supply/offers/:id/answer',
    summary: 'Record the answer: accepted (becomes the housing allocation, urgent applications started) or declined',
    tags,
    permission: 'citizens.write',
    audit: 'housing_offer.answer',
    shape: 'item',
    params: idParamsSchema,
    body: answerOfferBodySchema,
    response: answeredOfferSchema,
  }),
  getProfile: defineRoute({
    name: 'getHousingProfile',
    method: 'GET',
    path: '/api/citizens/:id/housing-profile',
    summary: 'The citizen’s housing profile for matching, offers and eviction warnings',
    tags,
    permission: 'citizens.read',
    audit: 'housing_profile.read',
    shape: 'item',
    params: idParamsSchema,
    response: housingProfileSchema,
  }),
  updateProfile: defineRoute({
    name: 'updateHousingProfile',
    method: 'PUT',
    path: '/api/citizens/:id/housing-profile',
    summary: 'Write the citizen’s housing profile (areas, household, affordable rent, needs, ready to move)',
    tags,
    permission: 'citizens.write',
    audit: 'housing_profile.update',
    shape: 'item',
    params: idParamsSchema,
    body: updateHousingProfileBodySchema,
    response: housingProfileSchema,
  }),
  listEvictionWarnings: defineRoute({
    name: 'listEvictionWarnings',
    method: 'GET',
    path: '/api/housing-supply/eviction-warnings',
    summary: 'Landlords’ eviction notices (almenlejeloven § 92 stk. 2)',
    tags,
    permission: 'citizens.read',
    audit: 'eviction_warning.list',
    shape: 'collection',
    response: z.object({ items: z.array(evictionWarningSchema), canCreate: z.boolean() }),
  }),
  createEvictionWarning: defineRoute({
    name: 'createEvictionWarning',
    method: 'POST',
    path: '/api/housing-supply/eviction-warnings',
    summary: 'Register an eviction notice: linked to the citizen and the support team, with an urgent task',
    tags,
    permission: 'citizens.write',
    audit: 'eviction_warning.create',
    shape: 'collection',
    body: createEvictionWarningBodySchema,
    response: evictionWarningSchema,
    status: 201,
  }),
  listGuaranteeCases: defineRoute({
    name: 'listGuaranteeCases',
    method: 'GET',
    path: '/api/housing-supply/guarantee-cases',
    summary: 'Guarantee cases: repair claims, the municipality’s payments and recovery',
    tags,
    permission: 'citizens.read',
    audit: 'guarantee_case.list',
    shape: 'collection',
    response: z.object({ items: z.array(guaranteeCaseSchema), canCreate: z.boolean() }),
  }),
  createGuaranteeCase: defineRoute({
    name: 'createGuaranteeCase',
    method: 'POST',
    path: '/api/housing-supply/guarantee-cases',
    summary: 'Record a landlord’s repair claim after a tenant allocated by the municipality moved out',
    tags,
    permission: 'citizens.write',
    audit: 'guarantee_case.create',
    shape: 'collection',
    body: createGuaranteeCaseBodySchema,
    response: guaranteeCaseSchema,
    status: 201,
  }),
  updateGuaranteeCase: defineRoute({
    name: 'updateGuaranteeCase',
    method: 'PATCH',
    path: '/api/housing-supply/guarantee-cases/:id',
    summary: 'Record the municipality’s payment and the recovery from the former tenant',
    tags,
    permission: 'citizens.write',
    audit: 'guarantee_case.update',
    shape: 'item',
    params: idParamsSchema,
    body: updateGuaranteeCaseBodySchema,
    response: guaranteeCaseSchema,
  }),
  overview: defineRoute({
    name: 'getSupplyOverview',
    method: 'GET',
    path: '/api/housing-supply/overview',
    summary: 'Offers per month, acceptance rate, ready→move-in, vacancy days and rent loss, quota, subsidies ending',
    tags,
    permission: 'citizens.read',
    audit: 'housing_supply.overview',
    shape: 'collection',
    query: yearQuerySchema,
    response: supplyOverviewSchema,
  }),
  overviewBehind: defineRoute({
    name: 'listSupplyOverviewBehind',
    method: 'GET',
    path: '/api/housing-supply/overview/behind',
    summary: 'The dwellings or citizens behind one figure of the supply overview (citizens in scope; audited)',
    tags,
    permission: 'citizens.read',
    audit: 'housing_supply.overview_behind',
    shape: 'collection',
    query: supplyBehindQuerySchema,
    response: supplyBehindSchema,
  }),
};
