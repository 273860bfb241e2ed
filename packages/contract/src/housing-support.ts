/**
 * The citizen's way into own housing and keeping it: housing allocations (anvisning), support
 * courses under § 85 a (CTI, ICM, ACT, M-ACT) with CTI phases, checklists and a contact log,
 * and outcome follow-ups 3, 6 and 12 months after the move-in.
 */
import { z } from 'zod';
import { decisionKinds, homelessCategories, supportMethods } from '@hjemvej/domain';
import { idSchema, isoDateTimeSchema } from './common';
import { isoDateSchema } from './common';

/** Nullable trimmed text; '' counts as "no value". */
const nullableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable();

const versionSchema = z.number().int().min(1);

export const supportCourseMethodSchema = z.enum(supportMethods);

/** The rule result of a deadline the law or the method sets, in plain words. */
const ruleStatusSchema = z.enum(['met', 'missing', 'overdue', 'warning', 'not_applicable']);

// ---------------------------------------------------------------------------------------------
// Housing allocations (anvisning)

export const housingAllocationStatuses = ['allocated', 'lease_signed', 'moved_in', 'withdrawn'] as const;

export const housingAllocationSchema = z.object({
  id: idSchema,
  citizenId: idSchema,
  address: z.string(),
  landlord: z.string().nullable(),
  /** A housing association among the municipality's partners. */
  partner: z.object({ id: idSchema, name: z.string() }).nullable(),
  /** Kroner a month. */
  monthlyRent: z.number().nullable(),
  rooms: z.number().int().nullable(),
  allocatedOn: isoDateSchema,
  leaseSignedOn: isoDateSchema.nullable(),
  /** The day the citizen can move in (may be ahead). */
  plannedMoveInOn: isoDateSchema.nullable(),
  /** The day the citizen moved in (the own-home housing period starts here). */
  moveInOn: isoDateSchema.nullable(),
  withdrawnOn: isoDateSchema.nullable(),
  withdrawalReason: z.string().nullable(),
  status: z.enum(housingAllocationStatuses),
  moveInHousingPeriodId: idSchema.nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type HousingAllocation = z.infer<typeof housingAllocationSchema>;
export const housingAllocationListSchema = z.object({ items: z.array(housingAllocationSchema) });

const allocationFields = {
  address: z.string().trim().min(1).max(300),
  landlord: nullableText(200).optional(),
  partnerId: idSchema.nullable().optional(),
  monthlyRent: z.number().min(0).max(1_000_000).nullable().optional(),
  rooms: z.number().int().min(1).max(20).nullable().optional(),
  allocatedOn: isoDateSchema,
  leaseSignedOn: isoDateSchema.nullable().optional(),
  plannedMoveInOn: isoDateSchema.nullable().optional(),
  note: nullableText(2000).optional(),
};

export const createHousingAllocationBodySchema = z.object({
  ...allocationFields,
  /** Recording an allocation after the fact: the move-in starts the own-home housing period. */
  moveInOn: isoDateSchema.optional(),
});
export type CreateHousingAllocationBody = z.infer<typeof createHousingAllocationBodySchema>;

export const updateHousingAllocationBodySchema = z.object({
  version: versionSchema,
  address: allocationFields.address.optional(),
  landlord: allocationFields.landlord,
  partnerId: allocationFields.partnerId,
  monthlyRent: allocationFields.monthlyRent,
  rooms: allocationFields.rooms,
  allocatedOn: isoDateSchema.optional(),
  leaseSignedOn: allocationFields.leaseSignedOn,
  plannedMoveInOn: allocationFields.plannedMoveInOn,
  /** The offer was declined or withdrawn (not after a move-in). */
  withdrawnOn: isoDateSchema.nullable().optional(),
  withdrawalReason: nullableText(500).optional(),
  note: allocationFields.note,
});
export type UpdateHousingAllocationBody = z.infer<typeof updateHousingAllocationBodySchema>;

export const moveInBodySchema = z.object({ version: versionSchema, moveInOn: isoDateSchema });
export type MoveInBody = z.infer<typeof moveInBodySchema>;

// ---------------------------------------------------------------------------------------------
// Support courses (§ 85 a)

export const supportCourseEndReasons = [
  'completed',
  'citizen_declined',
  'moved_away',
  'lost_housing',
  'transferred',
  'died',
  'other',
] as const;
export const supportCourseEndReasonSchema = z.enum(supportCourseEndReasons);

export const supportContactKinds = ['visit', 'phone', 'meeting', 'other'] as const;
export const supportContactKindSchema = z.enum(supportContactKinds);

export const ctiChecklistItemSchema = z.object({
  label: z.string(),
  done: z.boolean(),
  /** The day it was ticked off (kept while it stays done). */
  doneOn: isoDateSchema.nullable(),
});
export type CtiChecklistItem = z.infer<typeof ctiChecklistItemSchema>;

export const ctiPhaseNumberSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);

export const ctiPhaseSchema = z.object({
  phase: ctiPhaseNumberSchema,
  /** 'overgang' (transition), 'afprøvning' (try-out), 'overdragelse' (transfer of care). */
  name: z.enum(['transition', 'try_out', 'transfer']),
  startedOn: isoDateSchema.nullable(),
  /** When the phase is (or was) due to begin: phase 1 at the move-in, then every 3 months. */
  dueOn: isoDateSchema.nullable(),
  /** When it is due to end: 3 months after its (actual, else due) start. */
  endsOn: isoDateSchema.nullable(),
  checklist: z.array(ctiChecklistItemSchema),
});
export type CtiPhase = z.infer<typeof ctiPhaseSchema>;

export const ctiStatusSchema = z.object({
  phases: z.array(ctiPhaseSchema),
  /** The CTI phase-transition rule (domain `evaluateCtiCourse`). */
  transition: z.object({
    status: ruleStatusSchema,
    currentPhase: z.union([z.literal('contact'), ctiPhaseNumberSchema]),
    next: z.union([ctiPhaseNumberSchema, z.literal('end')]),
    dueOn: isoDateSchema.nullable(),
    daysUntilDue: z.number().int().nullable(),
    messageDa: z.string(),
    messageEn: z.string().nullable(),
  }),
});

export const supportContactSchema = z.object({
  id: idSchema,
  supportCourseId: idSchema,
  contactOn: isoDateSchema,
  kind: supportContactKindSchema,
  note: z.string().nullable(),
  by: z.object({ id: idSchema, displayName: z.string() }).nullable(),
  createdAt: isoDateTimeSchema,
});
export type SupportContact = z.infer<typeof supportContactSchema>;

export const supportCourseSchema = z.object({
  id: idSchema,
  citizenId: idSchema,
  method: supportCourseMethodSchema,
  /** The § 85 a decision the course delivers, when recorded. */
  decisionId: idSchema.nullable(),
  /** That decision as the course shows it (null when none is recorded). */
  decision: z
    .object({
      id: idSchema,
      kind: z.enum(decisionKinds),
      method: supportCourseMethodSchema.nullable(),
      outcome: z.enum(['granted', 'refused']),
      decidedOn: isoDateSchema,
      periodFrom: isoDateSchema.nullable(),
      periodTo: isoDateSchema.nullable(),
    })
    .nullable(),
  team: z.object({ id: idSchema, name: z.string() }),
  worker: z.object({ id: idSchema, displayName: z.string() }).nullable(),
  startedOn: isoDateSchema,
  endedOn: isoDateSchema.nullable(),
  endReason: supportCourseEndReasonSchema.nullable(),
  endNote: z.string().nullable(),
  note: z.string().nullable(),
  /** CTI only: contact-building, the three phases, their due dates and checklists. */
  cti: ctiStatusSchema.nullable(),
  /** Contacts and visits, newest first. */
  contacts: z.array(supportContactSchema),
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type SupportCourse = z.infer<typeof supportCourseSchema>;
export const supportCourseListSchema = z.object({ items: z.array(supportCourseSchema) });

export const createSupportCourseBodySchema = z.object({
  method: supportCourseMethodSchema,
  decisionId: idSchema.nullable().optional(),
  teamUnitId: idSchema,
  workerUserId: idSchema,
  startedOn: isoDateSchema,
  note: nullableText(2000).optional(),
});
export type CreateSupportCourseBody = z.infer<typeof createSupportCourseBodySchema>;

export const updateSupportCourseBodySchema = z.object({
  version: versionSchema,
  decisionId: idSchema.nullable().optional(),
  teamUnitId: idSchema.optional(),
  workerUserId: idSchema.optional(),
  startedOn: isoDateSchema.optional(),
  note: nullableText(2000).optional(),
});
export type UpdateSupportCourseBody = z.infer<typeof updateSupportCourseBodySchema>;

export const endSupportCourseBodySchema = z.object({
  version: versionSchema,
  endedOn: isoDateSchema,
  endReason: supportCourseEndReasonSchema,
  endNote: nullableText(2000).optional(),
});
export type EndSupportCourseBody = z.infer<typeof endSupportCourseBodySchema>;

export const ctiPhaseParamsSchema = z.object({ id: idSchema, phase: z.coerce.number().pipe(ctiPhaseNumberSchema) });

export const updateCtiPhaseBodySchema = z.object({
  version: versionSchema,
  /** null: the phase has not started after all (only while the next has not). */
  startedOn: isoDateSchema.nullable().optional(),
  /** The whole checklist as it should be (items may be added, removed or ticked off). */
  checklist: z
    .array(z.object({ label: z.string().trim().min(1).max(300), done: z.boolean() }))
    .max(50)
    .optional(),
});
export type UpdateCtiPhaseBody = z.infer<typeof updateCtiPhaseBodySchema>;

export const createSupportContactBodySchema = z.object({
  contactOn: isoDateSchema,
  kind: supportContactKindSchema,
  note: nullableText(4000).optional(),
});
export type CreateSupportContactBody = z.infer<typeof createSupportContactBodySchema>;

// ---------------------------------------------------------------------------------------------
// Outcome follow-ups

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
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
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
    checkedOn: isoDateSchema,
    keepsHome: z.boolean(),
    /** When the home was lost; default the day of the follow-up. */
    lostHomeOn: isoDateSchema.optional(),
    /** Where the citizen is now; default 'unknown'. */
    returnCategory: returnCategorySchema.optional(),
    note: nullableText(2000).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.keepsHome && body.lostHomeOn !== undefined)
      ctx.addIssue({ code: 'custom', path: ['lostHomeOn'], message: 'lost_home_only_when_lost' });
    if (body.keepsHome && body.returnCategory !== undefined)
      ctx.addIssue({ code: 'custom', path: ['returnCategory'], message: 'lost_home_only_when_lost' });
  });
export type CreateFollowUpBody = z.infer<typeof createFollowUpBodySchema>;

export const updateFollowUpBodySchema = z.object({
  version: versionSchema,
  checkedOn: isoDateSchema.optional(),
  note: nullableText(2000).optional(),
});
export type UpdateFollowUpBody = z.infer<typeof updateFollowUpBodySchema>;
