/**
 * VUM 2.0 assessments (voksenudredningsmetoden): function level, support need and goal per
 * area, the caseworker's summary and the citizen's own view. Every version is kept.
 *
 * Rules that need the database (dates in the future) are checked by the server and answered
 * with 422 naming the field; these schemas check shape only.
 */
import { z } from 'zod';
import { functionLevels, goalTypes, supportNeeds, vumAreas } from '@hjemvej/domain';
import { caseDateSchema, idSchema, isoDateSchema, nullableTextSchema, uniqueItemsSchema } from './common';
import { changeBodyOf } from './shared';
import { versionedRecordRoutes, versionedRecordStamps, versionOf } from './versioning';

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
  note: nullableTextSchema(2000).optional(),
});

/** Each area at most once; areas left out are "ikke vurderet". */
const assessmentAreasInputSchema = uniqueItemsSchema(
  assessmentAreaInputSchema,
  'area',
  vumAreas.length,
  'assessment_area_duplicate',
);

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
  ...versionedRecordStamps,
  /** Set when parts were left out because the reader does not read them (need-to-know). */
  withheld: z.array(z.enum(['assessment', 'health'])).optional(),
});
export type Assessment = z.infer<typeof assessmentSchema>;

/** The content of an assessment: what every version keeps in full. */
export const assessmentContentSchema = assessmentSchema.pick({ assessedOn: true, areas: true, summary: true, citizenView: true });
export type AssessmentContent = z.infer<typeof assessmentContentSchema>;

export const assessmentVersionSchema = versionOf(assessmentContentSchema);
export type AssessmentVersion = z.infer<typeof assessmentVersionSchema>;
export const assessmentListSchema = z.object({ items: z.array(assessmentSchema) });

export const createAssessmentBodySchema = z.object({
  assessedOn: caseDateSchema,
  areas: assessmentAreasInputSchema.default([]),
  summary: nullableTextSchema(4000).optional(),
  citizenView: nullableTextSchema(4000).optional(),
});
export type CreateAssessmentBody = z.infer<typeof createAssessmentBodySchema>;

/** Given areas replace the areas as a whole. */
export const updateAssessmentBodySchema = changeBodyOf(createAssessmentBodySchema);
export type UpdateAssessmentBody = z.infer<typeof updateAssessmentBodySchema>;

export const assessmentsRoutes = versionedRecordRoutes({
  name: 'Assessment',
  tag: 'assessments',
  kind: 'assessment',
  noun: 'assessment',
  summaries: {
    list: 'The citizen’s VUM 2.0 assessments, newest first',
    create: 'Record an assessment: per VUM area the level of function, support need and goal type; the citizen’s own view',
    read: 'One assessment',
    update: 'Change an assessment (409 with what changed when someone else saved first)',
  },
  list: assessmentListSchema,
  record: assessmentSchema,
  createBody: createAssessmentBodySchema,
  updateBody: updateAssessmentBodySchema,
  version: assessmentVersionSchema,
});
