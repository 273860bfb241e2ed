/**
 * Support courses under § 85 a (CTI, ICM, ACT, M-ACT): the decision they deliver, team and
 * worker, CTI phases with due dates and checklists, and the log of contacts and visits.
 */
import { z } from 'zod';
import { supportCourseEndReasons } from '@hjemvej/domain';
import {
  caseDateSchema,
  idParamsSchema,
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  nullableTextSchema,
  versionNumberSchema,
} from './common';
import { recordStamps } from './record-stamps';
import { decisionContentSchema, supportMethodSchema } from './decisions';
import { ruleStatusSchema } from './legal-checks';
import { defineRoute } from './route';
import { changeBodyOf, citizenNameFields, pageFields, pageSizeSchema } from './shared';

export { supportCourseEndReasons };
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
  method: supportMethodSchema,
  /** The § 85 a decision the course delivers, when recorded. */
  decisionId: idSchema.nullable(),
  /** That decision as the course shows it (null when none is recorded). */
  decision: z
    .object({
      id: idSchema,
      ...decisionContentSchema.pick({
        kind: true,
        method: true,
        outcome: true,
        decidedOn: true,
        periodFrom: true,
        periodTo: true,
      }).shape,
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
  ...recordStamps,
});
export type SupportCourse = z.infer<typeof supportCourseSchema>;
export const supportCourseListSchema = z.object({ items: z.array(supportCourseSchema) });

export const createSupportCourseBodySchema = z.object({
  method: supportMethodSchema,
  decisionId: idSchema.nullable().optional(),
  teamUnitId: idSchema,
  workerUserId: idSchema,
  startedOn: caseDateSchema,
  note: nullableTextSchema(2000).optional(),
});
export type CreateSupportCourseBody = z.infer<typeof createSupportCourseBodySchema>;

export const updateSupportCourseBodySchema = changeBodyOf(createSupportCourseBodySchema.omit({ method: true }));
export type UpdateSupportCourseBody = z.infer<typeof updateSupportCourseBodySchema>;

export const endSupportCourseBodySchema = z.object({
  version: versionNumberSchema,
  endedOn: caseDateSchema,
  endReason: supportCourseEndReasonSchema,
  endNote: nullableTextSchema(2000).optional(),
});
export type EndSupportCourseBody = z.infer<typeof endSupportCourseBodySchema>;

export const ctiPhaseParamsSchema = z.object({ id: idSchema, phase: z.coerce.number().pipe(ctiPhaseNumberSchema) });

export const updateCtiPhaseBodySchema = z.object({
  version: versionNumberSchema,
  /** null: the phase has not started after all (only while the next has not). */
  startedOn: caseDateSchema.nullable().optional(),
  /** The whole checklist as it should be (items may be added, removed or ticked off). */
  checklist: z
    .array(z.object({ label: z.string().trim().min(1).max(300), done: z.boolean() }))
    .max(50)
    .optional(),
});
export type UpdateCtiPhaseBody = z.infer<typeof updateCtiPhaseBodySchema>;

export const createSupportContactBodySchema = z.object({
  contactOn: caseDateSchema,
  kind: supportContactKindSchema,
  note: nullableTextSchema(4000).optional(),
});
export type CreateSupportContactBody = z.infer<typeof createSupportContactBodySchema>;

/** One open course of the support worker's caseload: who, how long since the last contact, what is due. */
export const caseloadItemSchema = z.object({
  courseId: idSchema,
  citizenId: idSchema,
  ...citizenNameFields,
  method: supportMethodSchema,
  teamName: z.string(),
  /** The caller is the course's worker (else the course is their team's). */
  isMine: z.boolean(),
  startedOn: isoDateSchema,
  /** The CTI phase under way (the last one started), or null outside CTI. */
  ctiPhase: z.number().int().min(1).max(3).nullable(),
  lastContactOn: isoDateSchema.nullable(),
  /** Days since the last contact (since the start when there has been none). */
  daysWithoutContact: z.number().int(),
  /** The next registration (intake, status, exit) still to be made, from its task in the team's inbox. */
  nextRegistrationDueOn: isoDateSchema.nullable(),
});
export type CaseloadItem = z.infer<typeof caseloadItemSchema>;
/** Days without contact after which the caseload calls a citizen unseen (a CTI worker meets the citizen weekly or more). */
export const contactAttentionDays = 14;

export const caseloadSchema = z.object({
  asOf: isoDateSchema,
  ...pageFields(caseloadItemSchema),
  /** Of all open courses (not only the page's): not seen for `contactAttentionDays` or more. */
  unseenCount: z.number().int(),
  /** Of all open courses: a registration due today or earlier. */
  registrationsDueCount: z.number().int(),
});
export type Caseload = z.infer<typeof caseloadSchema>;
export const caseloadQuerySchema = z.object({
  pageSize: pageSizeSchema(),
});

export const supportCoursesRoutes = {
  caseload: defineRoute({
    name: 'getSupportCaseload',
    method: 'GET',
    path: '/api/support-courses/caseload',
    summary:
      'The open support courses the caller works (as worker, or in the course’s team): the longest without contact first, with the CTI phase and the next registration due',
    tags: ['support-courses'],
    permission: 'citizens.read',
    audit: 'support_course.caseload',
    shape: 'collection',
    query: caseloadQuerySchema,
    response: caseloadSchema,
  }),
  list: defineRoute({
    name: 'listSupportCourses',
    method: 'GET',
    path: '/api/citizens/:id/support-courses',
    summary: 'The citizen’s support courses, with CTI phases, due dates, checklists and contacts',
    tags: ['support-courses'],
    permission: 'citizens.read',
    audit: 'support_course.list',
    shape: 'item',
    params: idParamsSchema,
    response: supportCourseListSchema,
  }),
  create: defineRoute({
    name: 'createSupportCourse',
    method: 'POST',
    path: '/api/citizens/:id/support-courses',
    summary: 'Start a support course (a CTI course gets its three phases with default checklists)',
    tags: ['support-courses'],
    permission: 'citizens.write',
    audit: 'support_course.create',
    shape: 'item',
    params: idParamsSchema,
    body: createSupportCourseBodySchema,
    response: supportCourseSchema,
    status: 201,
  }),
  read: defineRoute({
    name: 'getSupportCourse',
    method: 'GET',
    path: '/api/support-courses/:id',
    summary: 'One support course, with the CTI phase transition due or overdue',
    tags: ['support-courses'],
    permission: 'citizens.read',
    audit: 'support_course.read',
    shape: 'item',
    params: idParamsSchema,
    response: supportCourseSchema,
  }),
  update: defineRoute({
    name: 'updateSupportCourse',
    method: 'PATCH',
    path: '/api/support-courses/:id',
    summary: 'Change team, worker, decision, start or note (409 with what changed when someone else saved first)',
    tags: ['support-courses'],
    permission: 'citizens.write',
    audit: 'support_course.update',
    shape: 'item',
    params: idParamsSchema,
    body: updateSupportCourseBodySchema,
    response: supportCourseSchema,
  }),
  end: defineRoute({
    name: 'endSupportCourse',
    method: 'POST',
    path: '/api/support-courses/:id/end',
    summary: 'End the course with its reason',
    tags: ['support-courses'],
    permission: 'citizens.write',
    audit: 'support_course.end',
    shape: 'item',
    params: idParamsSchema,
    body: endSupportCourseBodySchema,
    response: supportCourseSchema,
  }),
  updateCtiPhase: defineRoute({
    name: 'updateCtiPhase',
    method: 'PUT',
    path: '/api/support-courses/:id/cti-phases/:phase',
    summary: 'Start a CTI phase and/or set its checklist',
    tags: ['support-courses'],
    permission: 'citizens.write',
    audit: 'support_course.phase_update',
    shape: 'item',
    params: ctiPhaseParamsSchema,
    body: updateCtiPhaseBodySchema,
    response: supportCourseSchema,
  }),
  addContact: defineRoute({
    name: 'addSupportContact',
    method: 'POST',
    path: '/api/support-courses/:id/contacts',
    summary: 'Log a contact or visit in the course',
    tags: ['support-courses'],
    permission: 'citizens.write',
    audit: 'support_course.contact_add',
    shape: 'item',
    params: idParamsSchema,
    body: createSupportContactBodySchema,
    response: supportContactSchema,
    status: 201,
  }),
};
