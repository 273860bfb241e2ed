/**
 * Working together with the citizen's other parties: consents to share data with an outside
 * partner and the partner's consented view, network meetings with decisions, collaboration
 * agreements with their reminders, and the "where time goes" report. Shape only: the server
 * answers 422 naming the field for rules that need the database or the calendar.
 */
import { z } from 'zod';
import { consentCategories, housingCategories, lifeAreas, supportMethods } from '@hjemvej/domain';
import { idSchema, isoDateTimeSchema } from './common';
import { isoDateSchema } from './common';
import { meetingAbilitiesSchema } from './abilities';

const requiredText = (max: number) => z.string().trim().min(1).max(max);
const versionSchema = z.number().int().min(1);

export const consentCategorySchema = z.enum(consentCategories);

// ---------------------------------------------------------------------------------------------
// Consents

export const consentStatusSchema = z.enum(['valid', 'not_yet_valid', 'expired', 'withdrawn']);

export const consentSchema = z.object({
  id: idSchema,
  citizenId: idSchema,
  partner: z.object({ id: idSchema, name: z.string() }),
  categories: z.array(consentCategorySchema),
  purpose: z.string(),
  givenOn: isoDateSchema,
  expiresOn: isoDateSchema,
  status: consentStatusSchema,
  recordedBy: z.string().nullable(),
  recordedAt: isoDateTimeSchema,
  withdrawnAt: isoDateTimeSchema.nullable(),
  withdrawnBy: z.string().nullable(),
  withdrawalNote: z.string().nullable(),
});
export type Consent = z.infer<typeof consentSchema>;
export const consentListSchema = z.object({ items: z.array(consentSchema) });
export type ConsentList = z.infer<typeof consentListSchema>;

export const createConsentBodySchema = z.object({
  partnerId: idSchema,
  categories: z.array(consentCategorySchema).min(1).max(consentCategories.length),
  purpose: requiredText(1000),
  givenOn: isoDateSchema,
  expiresOn: isoDateSchema,
});
export type CreateConsentBody = z.input<typeof createConsentBodySchema>;

export const withdrawConsentBodySchema = z.object({ note: z.string().trim().max(1000).optional() });
export type WithdrawConsentBody = z.input<typeof withdrawConsentBodySchema>;

// ---------------------------------------------------------------------------------------------
// The partner's consented view

export const partnerCitizenSummarySchema = z.object({
  id: idSchema,
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  alias: z.string().nullable(),
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
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    alias: z.string().nullable(),
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

// ---------------------------------------------------------------------------------------------
// Network meetings

export const meetingParticipantSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unit'), unitId: idSchema, name: z.string().trim().max(200).optional() }),
  z.object({ kind: z.literal('partner'), organisationId: idSchema, name: z.string().trim().max(200).optional() }),
  z.object({ kind: z.literal('citizen') }),
  z.object({ kind: z.literal('other'), name: requiredText(200), role: z.string().trim().max(200).optional() }),
]);
export type MeetingParticipantInput = z.input<typeof meetingParticipantSchema>;

export const meetingParticipantViewSchema = z.object({
  kind: z.enum(['unit', 'partner', 'citizen', 'other']),
  unitId: idSchema.nullable(),
  organisationId: idSchema.nullable(),
  /** The unit's or partner's name, the person's name, or null for the citizen. */
  label: z.string().nullable(),
  name: z.string().nullable(),
  role: z.string().nullable(),
});

export const meetingDecisionSchema = z.object({
  id: idSchema,
  text: z.string(),
  ownerUnit: z.object({ id: idSchema, name: z.string(), organisationName: z.string() }),
  ownerUser: z.object({ id: idSchema, name: z.string() }).nullable(),
  dueOn: isoDateSchema,
  taskId: idSchema.nullable(),
  createdAt: isoDateTimeSchema,
});
export type MeetingDecision = z.infer<typeof meetingDecisionSchema>;

export const networkMeetingSchema = z.object({
  id: idSchema,
  citizenId: idSchema,
  heldAt: isoDateTimeSchema,
  title: z.string(),
  participants: z.array(meetingParticipantViewSchema),
  agenda: z.array(z.string()),
  notes: z.string(),
  decisions: z.array(meetingDecisionSchema),
  createdBy: z.string().nullable(),
  updatedBy: z.string().nullable(),
  version: z.number().int(),
  updatedAt: isoDateTimeSchema,
  /** What the caller may do with the meeting. */
  abilities: meetingAbilitiesSchema,
});
export type NetworkMeeting = z.infer<typeof networkMeetingSchema>;

export const networkMeetingSummarySchema = networkMeetingSchema
  .pick({ id: true, citizenId: true, heldAt: true, title: true })
  .extend({
    participantCount: z.number().int(),
    decisionCount: z.number().int(),
  });
export const networkMeetingListSchema = z.object({ items: z.array(networkMeetingSummarySchema) });
export type NetworkMeetingList = z.infer<typeof networkMeetingListSchema>;

export const createMeetingBodySchema = z.object({
  heldAt: z.iso.datetime({ offset: true }),
  title: requiredText(200),
  participants: z.array(meetingParticipantSchema).max(50).default([]),
  agenda: z.array(requiredText(500)).max(50).default([]),
  notes: z.string().trim().max(20_000).default(''),
});
export type CreateMeetingBody = z.input<typeof createMeetingBodySchema>;

export const updateMeetingBodySchema = z.object({
  version: versionSchema,
  heldAt: z.iso.datetime({ offset: true }).optional(),
  title: requiredText(200).optional(),
  participants: z.array(meetingParticipantSchema).max(50).optional(),
  agenda: z.array(requiredText(500)).max(50).optional(),
  notes: z.string().trim().max(20_000).optional(),
});
export type UpdateMeetingBody = z.input<typeof updateMeetingBodySchema>;

export const createMeetingDecisionBodySchema = z.object({
  text: requiredText(1000),
  ownerUnitId: idSchema,
  ownerUserId: idSchema.optional(),
  dueOn: isoDateSchema,
});
export type CreateMeetingDecisionBody = z.input<typeof createMeetingDecisionBodySchema>;

/** Units a decision (or agreement) may name: the municipality's own and its partners'. */
export const collaborationUnitSchema = z.object({
  id: idSchema,
  name: z.string(),
  organisationId: idSchema,
  organisationName: z.string(),
  isOwn: z.boolean(),
  members: z.array(z.object({ id: idSchema, name: z.string() })),
});
export const collaborationUnitListSchema = z.object({ items: z.array(collaborationUnitSchema) });
export type CollaborationUnitList = z.infer<typeof collaborationUnitListSchema>;

// ---------------------------------------------------------------------------------------------
// Collaboration agreements

export const agreementPartyInputSchema = z
  .object({
    unitId: idSchema.optional(),
    organisationId: idSchema.optional(),
    signingUserId: idSchema.optional(),
    signingName: z.string().trim().max(200).optional(),
    signedOn: isoDateSchema.optional(),
  })
  .refine((p) => (p.unitId === undefined) !== (p.organisationId === undefined), {
    message: 'unitId or organisationId',
    path: ['unitId'],
  });
export type AgreementPartyInput = z.input<typeof agreementPartyInputSchema>;

export const agreementReminderSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('revisit_due'), revisitOn: isoDateSchema }),
  z.object({ kind: z.literal('signer_left'), partyName: z.string(), signerName: z.string() }),
]);

export const agreementSchema = z.object({
  id: idSchema,
  title: z.string(),
  agreed: z.string(),
  validFrom: isoDateSchema,
  revisitOn: isoDateSchema,
  parties: z.array(
    z.object({
      id: idSchema,
      unitId: idSchema.nullable(),
      organisationId: idSchema,
      name: z.string(),
      organisationName: z.string(),
      signingUserId: idSchema.nullable(),
      signingName: z.string(),
      signedOn: isoDateSchema.nullable(),
      signerHasLeft: z.boolean(),
    }),
  ),
  reminders: z.array(agreementReminderSchema),
  isOwn: z.boolean(),
  updatedBy: z.string().nullable(),
  updatedAt: isoDateTimeSchema,
  version: z.number().int(),
});
export type Agreement = z.infer<typeof agreementSchema>;
export const agreementListSchema = z.object({ items: z.array(agreementSchema) });
export type AgreementList = z.infer<typeof agreementListSchema>;

export const createAgreementBodySchema = z.object({
  title: requiredText(200),
  agreed: requiredText(20_000),
  validFrom: isoDateSchema,
  revisitOn: isoDateSchema,
  parties: z.array(agreementPartyInputSchema).min(2).max(30),
});
export type CreateAgreementBody = z.input<typeof createAgreementBodySchema>;

export const updateAgreementBodySchema = z.object({
  version: versionSchema,
  title: requiredText(200).optional(),
  agreed: requiredText(20_000).optional(),
  validFrom: isoDateSchema.optional(),
  revisitOn: isoDateSchema.optional(),
  parties: z.array(agreementPartyInputSchema).min(2).max(30).optional(),
});
export type UpdateAgreementBody = z.input<typeof updateAgreementBodySchema>;

// ---------------------------------------------------------------------------------------------
// Where time goes

export const timeReportQuerySchema = z.object({ from: isoDateSchema, to: isoDateSchema });
export type TimeReportQuery = z.infer<typeof timeReportQuerySchema>;

export const timeReportBarSchema = z.object({
  /** 'step:<flowcardId>:<stepKey>', 'manual:<title>' or 'unit:<unitId>': the drill-down key. */
  key: z.string(),
  label: z.string(),
  /** The flowcard or the unit's organisation, to tell bars apart. */
  context: z.string().nullable(),
  taskCount: z.number().int(),
  openCount: z.number().int(),
  meanDays: z.number(),
  medianDays: z.number(),
  totalDays: z.number(),
});
export type TimeReportBar = z.infer<typeof timeReportBarSchema>;

export const timeReportSchema = z.object({
  from: isoDateSchema,
  to: isoDateSchema,
  goalDays: z.number().int(),
  leadTime: z.object({
    count: z.number().int(),
    medianDays: z.number().nullable(),
    p75Days: z.number().nullable(),
    shareWithinGoal: z.number().nullable(),
  }),
  steps: z.array(timeReportBarSchema),
  units: z.array(timeReportBarSchema),
});
export type TimeReport = z.infer<typeof timeReportSchema>;

export const timeReportCitizensQuerySchema = timeReportQuerySchema.extend({
  bar: z.string().trim().min(1).max(300),
});
export type TimeReportCitizensQuery = z.infer<typeof timeReportCitizensQuerySchema>;

export const timeReportCitizensSchema = z.object({
  bar: z.string(),
  label: z.string(),
  items: z.array(
    z.object({
      id: idSchema,
      firstName: z.string().nullable(),
      lastName: z.string().nullable(),
      alias: z.string().nullable(),
      /** Days waited (lead time for the lead-time bar), longest first. */
      days: z.number(),
      isOpen: z.boolean(),
    }),
  ),
});
export type TimeReportCitizens = z.infer<typeof timeReportCitizensSchema>;
