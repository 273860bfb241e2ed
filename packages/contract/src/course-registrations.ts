/**
 * Course documentation (individforløb): dated registrations on a support course, an intake at
 * the start, a status at the organisation's interval (default 3 months) and an exit (ophør),
 * which ends the course. Intake and status rate the eight life areas by the worker and by the
 * citizen in the citizen's own words. Every version is kept.
 */
import { z } from 'zod';
import {
  contactFrequencies,
  exitDestinations,
  exitReasons,
  homelessCategories,
  lifeAreas,
  referralSources,
  registrationHousingStatuses,
  registrationKinds,
  supplementaryServices,
} from '@hjemvej/domain';
import { caseDateSchema, idParamsSchema, idSchema, isoDateSchema, nullableTextSchema, uniqueItemsSchema } from './common';
import { defineRoute } from './route';
import { changeBodyOf } from './shared';
import { versionedRecordStamps, versionOf, versionRoutes } from './versioning';

export const registrationKindSchema = z.enum(registrationKinds);
export type RegistrationKindValue = z.infer<typeof registrationKindSchema>;
export const lifeAreaRatingSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);
export const referralSourceSchema = z.enum(referralSources);
export const contactFrequencySchema = z.enum(contactFrequencies);
export const supplementaryServiceSchema = z.enum(supplementaryServices);
export const registrationHousingStatusSchema = z.enum(registrationHousingStatuses);
export const homelessCategorySchema = z.enum(homelessCategories);
export const exitReasonSchema = z.enum(exitReasons);
export const exitDestinationSchema = z.enum(exitDestinations);

export const registrationLifeAreaSchema = z.object({
  lifeArea: z.enum(lifeAreas),
  workerRating: lifeAreaRatingSchema.nullable(),
  citizenRating: lifeAreaRatingSchema.nullable(),
  /** The citizen's own words. */
  citizenWords: z.string().nullable(),
});
export type RegistrationLifeArea = z.infer<typeof registrationLifeAreaSchema>;

/** What a registration records (kept whole in every version). */
export const courseRegistrationContentSchema = z.object({
  kind: registrationKindSchema,
  registeredOn: isoDateSchema,
  housingStatus: registrationHousingStatusSchema.nullable(),
  /** VIVE's homelessness category, only while not housed. */
  homelessCategory: homelessCategorySchema.nullable(),
  /** Intake: who referred the citizen. */
  referralSource: referralSourceSchema.nullable(),
  contactFrequency: contactFrequencySchema.nullable(),
  supplementaryServices: z.array(supplementaryServiceSchema),
  /** Intake and status: the eight life areas, each rated by the worker and by the citizen. */
  lifeAreas: z.array(registrationLifeAreaSchema),
  /** Exit only. */
  exitReason: exitReasonSchema.nullable(),
  exitReasonText: z.string().nullable(),
  exitDestination: exitDestinationSchema.nullable(),
  /** What the registration rests on (VUM assessment, plan, § 85 a decision), as confirmed by the worker. */
  assessmentId: idSchema.nullable(),
  planId: idSchema.nullable(),
  decisionId: idSchema.nullable(),
  note: z.string().nullable(),
});
export type CourseRegistrationContent = z.infer<typeof courseRegistrationContentSchema>;

export const courseRegistrationSchema = courseRegistrationContentSchema.extend({
  id: idSchema,
  supportCourseId: idSchema,
  citizenId: idSchema,
  ...versionedRecordStamps,
});
export type CourseRegistration = z.infer<typeof courseRegistrationSchema>;

export const registrationDueStateSchema = z.enum(['upcoming', 'due', 'overdue']);

/** The course's registrations, newest first, and the one it is waiting for. */
export const courseRegistrationListSchema = z.object({
  supportCourseId: idSchema,
  intervalMonths: z.number().int(),
  next: z.object({ kind: z.enum(['intake', 'status']), dueOn: isoDateSchema, state: registrationDueStateSchema }).nullable(),
  items: z.array(courseRegistrationSchema),
});
export type CourseRegistrationList = z.infer<typeof courseRegistrationListSchema>;

export const prefillSourceSchema = z.enum(['housing_period', 'allocation', 'assessment', 'plan', 'decision', 'stay', 'previous']);

/** A draft of the next registration from what Hjemvej already knows; the worker confirms it. */
export const courseRegistrationPrefillSchema = courseRegistrationContentSchema.extend({
  sources: z.array(prefillSourceSchema),
});
export type CourseRegistrationPrefill = z.infer<typeof courseRegistrationPrefillSchema>;
export const prefillQuerySchema = z.object({ kind: registrationKindSchema.optional() });

const lifeAreaInputSchema = z.object({
  lifeArea: z.enum(lifeAreas),
  workerRating: lifeAreaRatingSchema.nullable().optional(),
  citizenRating: lifeAreaRatingSchema.nullable().optional(),
  citizenWords: nullableTextSchema(2000).optional(),
});

/** Each life area at most once. */
const lifeAreasInputSchema = uniqueItemsSchema(lifeAreaInputSchema, 'lifeArea', lifeAreas.length, 'life_area_duplicate');

const registrationFieldsInput = {
  housingStatus: registrationHousingStatusSchema.nullable().optional(),
  homelessCategory: homelessCategorySchema.nullable().optional(),
  referralSource: referralSourceSchema.nullable().optional(),
  contactFrequency: contactFrequencySchema.nullable().optional(),
  supplementaryServices: z.array(supplementaryServiceSchema).max(supplementaryServices.length).optional(),
  lifeAreas: lifeAreasInputSchema.optional(),
  exitReason: exitReasonSchema.nullable().optional(),
  exitReasonText: nullableTextSchema(1000).optional(),
  exitDestination: exitDestinationSchema.nullable().optional(),
  assessmentId: idSchema.nullable().optional(),
  planId: idSchema.nullable().optional(),
  decisionId: idSchema.nullable().optional(),
  note: nullableTextSchema(4000).optional(),
};

export const createCourseRegistrationBodySchema = z.object({
  kind: registrationKindSchema,
  registeredOn: caseDateSchema,
  ...registrationFieldsInput,
});
export type CreateCourseRegistrationBody = z.infer<typeof createCourseRegistrationBodySchema>;

/** The kind never changes; fields given replace the stored ones. */
export const updateCourseRegistrationBodySchema = changeBodyOf(createCourseRegistrationBodySchema.omit({ kind: true }));
export type UpdateCourseRegistrationBody = z.infer<typeof updateCourseRegistrationBodySchema>;

export const courseRegistrationVersionSchema = versionOf(courseRegistrationContentSchema);

export const courseRegistrationsRoutes = {
  list: defineRoute({
    name: 'listCourseRegistrations',
    method: 'GET',
    path: '/api/support-courses/:id/registrations',
    summary: 'The support course’s registrations (intake, status, exit), newest first, and the next one due',
    tags: ['course-registrations'],
    permission: 'citizens.read',
    audit: 'course_registration.list',
    shape: 'item',
    params: idParamsSchema,
    response: courseRegistrationListSchema,
  }),
  prefill: defineRoute({
    name: 'prefillCourseRegistration',
    method: 'GET',
    path: '/api/support-courses/:id/registrations/prefill',
    summary: 'A draft of the next registration from the housing period, allocation, assessment, plan and decision',
    tags: ['course-registrations'],
    permission: 'citizens.read',
    audit: 'course_registration.prefill',
    shape: 'item',
    params: idParamsSchema,
    query: prefillQuerySchema,
    response: courseRegistrationPrefillSchema,
  }),
  create: defineRoute({
    name: 'createCourseRegistration',
    method: 'POST',
    path: '/api/support-courses/:id/registrations',
    summary: 'Register an intake, a status or an exit (an exit ends the course)',
    tags: ['course-registrations'],
    permission: 'citizens.write',
    audit: 'course_registration.create',
    shape: 'item',
    params: idParamsSchema,
    body: createCourseRegistrationBodySchema,
    response: courseRegistrationSchema,
    status: 201,
  }),
  update: defineRoute({
    name: 'updateCourseRegistration',
    method: 'PATCH',
    path: '/api/course-registrations/:id',
    summary: 'Change a registration: a new version (409 with what changed when someone else saved first)',
    tags: ['course-registrations'],
    permission: 'citizens.write',
    audit: 'course_registration.update',
    shape: 'item',
    params: idParamsSchema,
    body: updateCourseRegistrationBodySchema,
    response: courseRegistrationSchema,
  }),
  versions: versionRoutes({
    name: 'CourseRegistration',
    base: '/api/course-registrations',
    tag: 'course-registrations',
    noun: 'course registration',
    response: courseRegistrationVersionSchema,
  }),
};
