/**
 * The caseworker's records of a citizen's course: VUM 2.0 assessments, § 141/§ 142 plans and
 * decisions (afgørelser). All three keep every version; a version can be read and
 * two versions compared field by field.
 *
 * Rules that need the database or the domain's legal rules (dates in the future, the period
 * the right way round, § 85 a stk. 2) are checked by the server and answered with 422 naming
 * the field; these schemas check shape only.
 */
import { z } from 'zod';
import {
  decisionKinds,
  functionLevels,
  goalTypes,
  lifeAreas,
  planKinds,
  supportMethods,
  supportNeeds,
  vumAreas,
} from '@hjemvej/domain';
import { idSchema, isoDateTimeSchema } from './common';
import { isoDateSchema } from './citizens';

/** Nullable trimmed text; '' counts as "no value". */
const nullableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable();

const requiredText = (max: number) => z.string().trim().min(1).max(max);
const versionSchema = z.number().int().min(1);

/** Who saved a version, and when. */
const savedBySchema = z.object({ name: z.string().nullable(), at: isoDateTimeSchema });

// ---------------------------------------------------------------------------------------------
// Versions, shared by assessments, plans and decisions

export const versionParamsSchema = z.object({ id: idSchema, version: z.coerce.number().int().min(1).max(100_000) });
export const compareQuerySchema = z.object({
  from: z.coerce.number().int().min(1).max(100_000),
  to: z.coerce.number().int().min(1).max(100_000),
});
export type CompareQuery = z.infer<typeof compareQuerySchema>;

export const versionSummarySchema = z.object({
  version: z.number().int(),
  savedBy: savedBySchema,
  /** Top-level fields that differ from the version before (empty for the first). */
  changedFields: z.array(z.string()),
});
export const versionListSchema = z.object({ id: idSchema, items: z.array(versionSummarySchema) });
export type VersionList = z.infer<typeof versionListSchema>;

/** One field that differs between two versions; `path` such as 'goals.1.goal'. */
export const fieldChangeSchema = z.object({
  path: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  from: z.unknown(),
  to: z.unknown(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const versionComparisonSchema = z.object({
  id: idSchema,
  from: versionSummarySchema.omit({ changedFields: true }),
  to: versionSummarySchema.omit({ changedFields: true }),
  changes: z.array(fieldChangeSchema),
});
export type VersionComparison = z.infer<typeof versionComparisonSchema>;

/** One version of a record in full: who saved it, when, and the content as it was. */
const versionOf = <C extends z.ZodType>(content: C) =>
  z.object({ id: idSchema, version: z.number().int(), savedBy: savedBySchema, content });

/** The kinds of record that keep every version: what the citizen's version history lists. */
export const versionedRecordKinds = ['assessment', 'plan', 'decision'] as const;
export const versionedRecordKindSchema = z.enum(versionedRecordKinds);
export type VersionedRecordKind = z.infer<typeof versionedRecordKindSchema>;

/** Every saved version of the citizen's assessments, plans and decisions, oldest first (the timeline's events). */
export const citizenVersionHistorySchema = z.object({
  items: z.array(versionSummarySchema.extend({ kind: versionedRecordKindSchema, recordId: idSchema })),
});
export type CitizenVersionHistory = z.infer<typeof citizenVersionHistorySchema>;

// ---------------------------------------------------------------------------------------------
// Assessments (VUM 2.0)

export const vumAreaSchema = z.enum(vumAreas);
export const functionLevelSchema = z.enum(functionLevels);
export const supportNeedSchema = z.enum(supportNeeds);
export const goalTypeSchema = z.enum(goalTypes);

export const assessmentAreaSchema = z.object({
  area: vumAreaSchema,
  functionLevel: functionLevelSchema,
  supportNeed: supportNeedSchema,
  /** null: no goal set in this area. */
  goalType: goalTypeSchema.nullable(),
  note: z.string().nullable(),
});
export type AssessmentArea = z.infer<typeof assessmentAreaSchema>;

export const assessmentAreaInputSchema = z.object({
  area: vumAreaSchema,
  functionLevel: functionLevelSchema,
  supportNeed: supportNeedSchema,
  goalType: goalTypeSchema.nullable().optional(),
  note: nullableText(2000).optional(),
});

/** Each area at most once; areas left out are "ikke vurderet". */
const assessmentAreasInputSchema = z
  .array(assessmentAreaInputSchema)
  .max(vumAreas.length)
  .superRefine((areas, ctx) => {
    const seen = new Set<string>();
    areas.forEach((item, index) => {
      if (seen.has(item.area)) ctx.addIssue({ code: 'custom', path: [index, 'area'], message: 'assessment_area_duplicate' });
      seen.add(item.area);
    });
  });

export const assessmentSchema = z.object({
  id: idSchema,
  citizenId: idSchema,
  assessedOn: isoDateSchema,
  /** Every VUM area, in the method's order (areas not assessed say so). */
  areas: z.array(assessmentAreaSchema),
  /** The caseworker's overall assessment. */
  summary: z.string().nullable(),
  /** The citizen's own view, in their own words. */
  citizenView: z.string().nullable(),
  createdBy: z.string().nullable(),
  updatedBy: z.string().nullable(),
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Assessment = z.infer<typeof assessmentSchema>;

/** The content of an assessment: what every version keeps in full. */
export const assessmentContentSchema = assessmentSchema.pick({ assessedOn: true, areas: true, summary: true, citizenView: true });
export type AssessmentContent = z.infer<typeof assessmentContentSchema>;

export const assessmentVersionSchema = versionOf(assessmentContentSchema);
export type AssessmentVersion = z.infer<typeof assessmentVersionSchema>;
export const assessmentListSchema = z.object({ items: z.array(assessmentSchema) });

export const createAssessmentBodySchema = z.object({
  assessedOn: isoDateSchema,
  areas: assessmentAreasInputSchema.default([]),
  summary: nullableText(4000).optional(),
  citizenView: nullableText(4000).optional(),
});
export type CreateAssessmentBody = z.infer<typeof createAssessmentBodySchema>;

export const updateAssessmentBodySchema = z.object({
  version: versionSchema,
  assessedOn: isoDateSchema.optional(),
  /** Replaces the areas as a whole. */
  areas: assessmentAreasInputSchema.optional(),
  summary: nullableText(4000).optional(),
  citizenView: nullableText(4000).optional(),
});
export type UpdateAssessmentBody = z.infer<typeof updateAssessmentBodySchema>;

// ---------------------------------------------------------------------------------------------
// Plans (§ 141 handleplan, § 142 plan for a shelter resident)

export const planKindSchema = z.enum(planKinds);
export const lifeAreaSchema = z.enum(lifeAreas);

export const planGoalSchema = z.object({ lifeArea: lifeAreaSchema, goal: z.string(), note: z.string().nullable() });
export const planResponsibleSchema = z.object({ name: z.string(), unit: z.string().nullable(), task: z.string().nullable() });
export const planFollowUpSchema = z.object({
  dueOn: isoDateSchema,
  note: z.string().nullable(),
  doneOn: isoDateSchema.nullable(),
});

/** The content of a plan: what every version keeps in full. */
export const planContentSchema = z.object({
  kind: planKindSchema,
  madeOn: isoDateSchema,
  endedOn: isoDateSchema.nullable(),
  goals: z.array(planGoalSchema),
  /** The citizen's own wishes and goals, in their own words. */
  citizenWishes: z.string().nullable(),
  responsible: z.array(planResponsibleSchema),
  followUps: z.array(planFollowUpSchema),
});
export type PlanContent = z.infer<typeof planContentSchema>;

export const planSchema = planContentSchema.extend({
  id: idSchema,
  citizenId: idSchema,
  /** The next follow-up not yet done, or null. */
  nextFollowUpOn: isoDateSchema.nullable(),
  createdBy: z.string().nullable(),
  updatedBy: z.string().nullable(),
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Plan = z.infer<typeof planSchema>;
export const planListSchema = z.object({ items: z.array(planSchema) });

export const planVersionSchema = versionOf(planContentSchema);
export type PlanVersion = z.infer<typeof planVersionSchema>;

const planGoalInputSchema = z.object({ lifeArea: lifeAreaSchema, goal: requiredText(2000), note: nullableText(2000).optional() });
const planResponsibleInputSchema = z.object({
  name: requiredText(200),
  unit: nullableText(200).optional(),
  task: nullableText(500).optional(),
});
const planFollowUpInputSchema = z.object({
  dueOn: isoDateSchema,
  note: nullableText(1000).optional(),
  doneOn: isoDateSchema.nullable().optional(),
});

export const createPlanBodySchema = z.object({
  kind: planKindSchema,
  madeOn: isoDateSchema,
  endedOn: isoDateSchema.nullable().optional(),
  goals: z.array(planGoalInputSchema).max(50).default([]),
  citizenWishes: nullableText(4000).optional(),
  responsible: z.array(planResponsibleInputSchema).max(20).default([]),
  followUps: z.array(planFollowUpInputSchema).max(50).default([]),
});
export type CreatePlanBody = z.infer<typeof createPlanBodySchema>;

/** Lists given replace the stored list as a whole. */
export const updatePlanBodySchema = z.object({
  version: versionSchema,
  kind: planKindSchema.optional(),
  madeOn: isoDateSchema.optional(),
  endedOn: isoDateSchema.nullable().optional(),
  goals: z.array(planGoalInputSchema).max(50).optional(),
  citizenWishes: nullableText(4000).optional(),
  responsible: z.array(planResponsibleInputSchema).max(20).optional(),
  followUps: z.array(planFollowUpInputSchema).max(50).optional(),
});
export type UpdatePlanBody = z.infer<typeof updatePlanBodySchema>;

// ---------------------------------------------------------------------------------------------
// Decisions (afgørelser)

export const decisionKindSchema = z.enum(decisionKinds);
export const supportMethodSchema = z.enum(supportMethods);
export const decisionOutcomes = ['granted', 'refused'] as const;
export const decisionOutcomeSchema = z.enum(decisionOutcomes);

/** The content of a decision: what every version keeps in full. */
export const decisionContentSchema = z.object({
  kind: decisionKindSchema,
  /** § 85 a only: the Housing First method. */
  method: supportMethodSchema.nullable(),
  outcome: decisionOutcomeSchema,
  decidedOn: isoDateSchema,
  periodFrom: isoDateSchema.nullable(),
  /** null: until further notice. */
  periodTo: isoDateSchema.nullable(),
  reasons: z.string().nullable(),
  /** The provider the citizen wished (§ 142 stk. 4), or null when they expressed no wish. */
  wishedProvider: z.string().nullable(),
  wishFollowed: z.boolean().nullable(),
  /** Required when the wish is not followed (Serviceloven § 85 a, stk. 2). */
  reasonIfNotFollowed: z.string().nullable(),
  /** Klagevejledning, from the template unless the caseworker wrote another. */
  appealGuidance: z.string(),
});
export type DecisionContent = z.infer<typeof decisionContentSchema>;

export const decisionSchema = decisionContentSchema.extend({
  id: idSchema,
  citizenId: idSchema,
  /** The municipality that made the decision. */
  organisation: z.object({ id: idSchema, name: z.string() }),
  createdBy: z.string().nullable(),
  updatedBy: z.string().nullable(),
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Decision = z.infer<typeof decisionSchema>;
export const decisionListSchema = z.object({ items: z.array(decisionSchema) });

export const decisionVersionSchema = versionOf(decisionContentSchema);
export type DecisionVersion = z.infer<typeof decisionVersionSchema>;

export const createDecisionBodySchema = z.object({
  kind: decisionKindSchema,
  method: supportMethodSchema.nullable().optional(),
  outcome: decisionOutcomeSchema,
  decidedOn: isoDateSchema,
  periodFrom: isoDateSchema.nullable().optional(),
  periodTo: isoDateSchema.nullable().optional(),
  reasons: nullableText(8000).optional(),
  wishedProvider: nullableText(200).optional(),
  wishFollowed: z.boolean().nullable().optional(),
  reasonIfNotFollowed: nullableText(4000).optional(),
  /** Leave out for the template's klagevejledning. */
  appealGuidance: nullableText(8000).optional(),
});
export type CreateDecisionBody = z.infer<typeof createDecisionBodySchema>;

export const updateDecisionBodySchema = createDecisionBodySchema.partial().extend({ version: versionSchema });
export type UpdateDecisionBody = z.infer<typeof updateDecisionBodySchema>;

/** The decision as a letter to the citizen: plain Danish, HTML that prints on its own. */
export const decisionLetterSchema = z.object({ subject: z.string(), html: z.string() });
export type DecisionLetter = z.infer<typeof decisionLetterSchema>;
